package org.puente.security.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.puente.security.PuentePrincipal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Two filter chains: the API (HTTP Basic or personal tokens, stateless, problem+json
 * errors) and the browser UI (form login, session, CSRF). Both send strict security
 * headers.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_SYSTEM_ADMIN > ROLE_ADMIN
				ROLE_ADMIN > ROLE_EDITOR
				ROLE_EDITOR > ROLE_VIEWER
				""");
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenStore tokens, PuenteUserDetails details) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> SecurityProblems.write(response,
				HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
				"Authentication is required: HTTP Basic or a personal API token.");
		AccessDeniedHandler denied = (request, response, ex) -> SecurityProblems.write(response,
				HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your role, agency or clearance does not allow this.");
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new ApiTokenFilter(tokens, details), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(ref -> ref.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
		// Browsers sign in with the form (and their session); API clients and code
		// generators fetch /v3/api-docs with HTTP Basic and get a 401 problem, not a
		// redirect to the sign-in page. Swagger UI ships inline styles; everything else
		// keeps the strict policy.
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> SecurityProblems.write(response,
				HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
				"Authentication is required: sign in, or use HTTP Basic.");
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login"))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.headers(headers -> headers.contentSecurityPolicy(
					csp -> csp.policyDirectives(CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/login", "/error",
					"/language")
			.permitAll()
			// Calendar clients cannot sign in: the feed's secret address is the
			// credential.
			.requestMatchers("/feeds/calendar/*.ics")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LanguageAwareSuccessHandler())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** After sign-in the UI speaks the user's remembered language. */
	static class LanguageAwareSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		LanguageAwareSuccessHandler() {
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof PuentePrincipal principal) {
				request.getSession()
					.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
							Locale.forLanguageTag(principal.user().language()));
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/** Tells a locked-out user so, without saying whether the username exists. */
	static class LoginFailureHandler implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			response.sendRedirect(request.getContextPath()
					+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
		}

	}

}
