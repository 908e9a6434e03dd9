package org.puente.directory.internal;

import java.util.List;
import java.util.Locale;

import org.puente.directory.AgencyView;
import org.puente.directory.AreaView;
import org.puente.security.CurrentUser;
import org.puente.security.Role;
import org.puente.shared.Checks;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The controlled trilingual taxonomy of cooperation areas; administrators extend it. */
@Service
public class Taxonomy {

	private final Areas areas;

	Taxonomy(Areas areas) {
		this.areas = areas;
	}

	/** An area as an administrator enters it. */
	public record AreaForm(String code, String parent, AgencyView.Names names, Integer sortOrder, Long version) {
	}

	@Transactional(readOnly = true)
	public List<AreaView> all() {
		return areas.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.filter(a -> !a.deleted())
			.map(Taxonomy::view)
			.toList();
	}

	@Transactional
	public AreaView create(CurrentUser user, AreaForm form) {
		user.require(Role.ADMIN);
		Checks checks = validate(form);
		String code = form.code() == null ? "" : form.code().trim().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z0-9][a-z0-9-]{1,59}")) {
			checks.fail("code", "invalid.area.code");
		}
		else if (areas.existsById(code)) {
			checks.fail("code", "taken.area.code");
		}
		String parent = AgencyCatalog.blankToNull(form.parent());
		if (parent != null && !areas.existsById(parent)) {
			checks.fail("parent", "unknown.area");
		}
		checks.orThrow();
		Area area = new Area(code, parent, user.ministry().code());
		area.update(names(form), form.sortOrder() == null ? 1000 : form.sortOrder());
		return view(areas.saveAndFlush(area));
	}

	@Transactional
	public AreaView update(CurrentUser user, String code, AreaForm form) {
		user.require(Role.ADMIN);
		Area area = areas.findById(code).orElseThrow(() -> new NotFound("area", code));
		StaleVersion.check(form.version(), area.version());
		validate(form).orThrow();
		area.update(names(form), form.sortOrder() == null ? area.sortOrder() : form.sortOrder());
		areas.flush();
		return view(area);
	}

	private static Checks validate(AreaForm form) {
		Checks checks = new Checks();
		if (form.names() == null) {
			return checks.fail("names.en", "required");
		}
		return checks.required("names.vi", form.names().vi(), 200)
			.required("names.es", form.names().es(), 200)
			.required("names.en", form.names().en(), 200);
	}

	private static Trilingual names(AreaForm form) {
		return new Trilingual(form.names().vi().trim(), form.names().es().trim(), form.names().en().trim());
	}

	static AreaView view(Area a) {
		return new AreaView(a.code(), a.parentCode(), new AgencyView.Names(a.name().vi(), a.name().es(), a.name().en()),
				a.sortOrder(), a.version());
	}

}
