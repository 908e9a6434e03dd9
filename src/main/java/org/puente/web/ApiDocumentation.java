package org.puente.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 document's title and the two ways API clients authenticate. */
@Configuration
class ApiDocumentation {

	@Bean
	OpenAPI puenteOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Puente API")
				.version("v1")
				.description("Cooperation record of partner ministries. Every error is an RFC 9457 problem; "
						+ "updates send the record's version as If-Match or in the body."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal API token (pnt_...) created under My account.")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
