package org.puente.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** Another spelling of a person's name and where it was seen. */
@Embeddable
public record NameVariant(
		@FullTextField(analyzer = "name") @FullTextField(name = "namePrefix", analyzer = "name_prefix",
				searchAnalyzer = "name") @Column(name = "name", nullable = false) String name,
		@Column(name = "source") String source) {
}
