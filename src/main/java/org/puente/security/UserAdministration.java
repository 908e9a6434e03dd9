package org.puente.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.puente.security.internal.ApiTokenStore;
import org.puente.security.internal.UserAccount;
import org.puente.security.internal.UserAccounts;
import org.puente.shared.AgencyId;
import org.puente.shared.AgencyLookup;
import org.puente.shared.AgencyLookup.AgencyRef;
import org.puente.shared.Classification;
import org.puente.shared.Forbidden;
import org.puente.shared.InvalidInput;
import org.puente.shared.InvalidInput.FieldError;
import org.puente.shared.Language;
import org.puente.shared.NotFound;
import org.puente.shared.StaleVersion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing user accounts and their API tokens. A SYSTEM_ADMIN manages every
 * agency's users; an ADMIN only those of their own ministry, and never grants more than
 * they hold.
 */
@Service
public class UserAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	static final int MIN_PASSWORD = 12;

	private final UserAccounts users;

	private final AgencyLookup agencies;

	private final PasswordEncoder encoder;

	private final ApiTokenStore tokens;

	UserAdministration(UserAccounts users, AgencyLookup agencies, PasswordEncoder encoder, ApiTokenStore tokens) {
		this.users = users;
		this.agencies = agencies;
		this.encoder = encoder;
		this.tokens = tokens;
	}

	/** A new account as an administrator asks for it. */
	public record NewUser(String username, String password, String fullName, String agency, Set<Role> roles,
			Classification clearance, String language) {
	}

	/** Changes to an account; {@code version} is the version the administrator saw. */
	public record UserChange(String fullName, String agency, Set<Role> roles, Classification clearance, String language,
			Boolean enabled, Long version) {
	}

	/** A freshly created API token: the secret appears here once and is never stored. */
	public record IssuedToken(UUID id, String name, String secret, Instant expiresAt) {
	}

	/** A token as its owner sees it later. */
	public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {
	}

	@Transactional(readOnly = true)
	public Page<UserView> list(CurrentUser actor, Pageable pageable) {
		return list(actor, null, pageable);
	}

	/**
	 * The users an administrator manages; {@code query}, when given, keeps those whose
	 * username, full name or agency holds every word of it, ignoring case and diacritics.
	 */
	@Transactional(readOnly = true)
	public Page<UserView> list(CurrentUser actor, String query, Pageable pageable) {
		actor.require(Role.ADMIN);
		List<String> words = query == null ? List.of() : org.puente.names.NameFolding.tokens(query);
		if (actor.has(Role.SYSTEM_ADMIN) && words.isEmpty()) {
			return users.findAll(pageable).map(UserAdministration::view);
		}
		List<UserView> mine = users.findAll(pageable.getSort())
			.stream()
			.filter(u -> actor.has(Role.SYSTEM_ADMIN) || ministryOf(u.agency()).equals(actor.ministry()))
			.filter(u -> matches(u, words))
			.map(UserAdministration::view)
			.toList();
		int from = (int) Math.min(pageable.getOffset(), mine.size());
		int to = Math.min(from + pageable.getPageSize(), mine.size());
		return new org.springframework.data.domain.PageImpl<>(mine.subList(from, to), pageable, mine.size());
	}

	private static boolean matches(UserAccount user, List<String> words) {
		if (words.isEmpty()) {
			return true;
		}
		String haystack = org.puente.names.NameFolding
			.fold(user.username() + " " + user.fullName() + " " + user.agency().code());
		return words.stream().allMatch(haystack::contains);
	}

	@Transactional(readOnly = true)
	public UserView get(CurrentUser actor, UUID id) {
		return view(manageable(actor, id));
	}

	@Transactional
	public UserView create(CurrentUser actor, NewUser request) {
		actor.require(Role.ADMIN);
		List<FieldError> errors = new ArrayList<>();
		String username = request.username() == null ? ""
				: request.username().trim().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username", "invalid.username"));
		}
		else if (users.findByUsernameIgnoreCase(username).isPresent()) {
			errors.add(new FieldError("username", "taken.username"));
		}
		checkPassword(errors, "password", request.password(), username);
		AgencyRef agency = checkCommon(errors, request.fullName(), request.agency(), request.roles(),
				request.clearance(), request.language());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		checkGrant(actor, agency, request.roles(), request.clearance());
		UserAccount account = new UserAccount(username, encoder.encode(request.password()), request.fullName().trim(),
				agency.id(), request.roles(), request.clearance(), request.language());
		return view(users.save(account));
	}

	@Transactional
	public UserView change(CurrentUser actor, UUID id, UserChange change) {
		UserAccount account = changeable(actor, id);
		StaleVersion.check(change.version(), account.version());
		List<FieldError> errors = new ArrayList<>();
		AgencyRef agency = checkCommon(errors, change.fullName(), change.agency(), change.roles(), change.clearance(),
				change.language());
		if (change.enabled() == null) {
			errors.add(new FieldError("enabled", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		checkGrant(actor, agency, change.roles(), change.clearance());
		boolean staysAdmin = change.roles().contains(Role.ADMIN) || change.roles().contains(Role.SYSTEM_ADMIN);
		if (account.id().equals(actor.id()) && (!change.enabled() || !staysAdmin)) {
			throw new InvalidInput("roles", "cannot.demote.self");
		}
		account.change(change.fullName().trim(), agency.id(), change.roles(), change.clearance(), change.language(),
				change.enabled());
		return view(users.saveAndFlush(account));
	}

	@Transactional
	public void resetPassword(CurrentUser actor, UUID id, String newPassword) {
		UserAccount account = changeable(actor, id);
		List<FieldError> errors = new ArrayList<>();
		checkPassword(errors, "password", newPassword, account.username());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		account.setPasswordHash(encoder.encode(newPassword));
	}

	@Transactional
	public void changeOwnPassword(CurrentUser actor, String current, String newPassword) {
		UserAccount account = users.findById(actor.id()).orElseThrow(() -> new NotFound("user", actor.id()));
		List<FieldError> errors = new ArrayList<>();
		if (current == null || !encoder.matches(current, account.passwordHash())) {
			errors.add(new FieldError("currentPassword", "wrong.password"));
		}
		checkPassword(errors, "newPassword", newPassword, account.username());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		account.setPasswordHash(encoder.encode(newPassword));
	}

	@Transactional
	public void setLanguage(CurrentUser actor, String language) {
		if (Language.fromCode(language).isEmpty()) {
			throw new InvalidInput("language", "invalid.language");
		}
		users.findById(actor.id()).ifPresent(account -> {
			if (!account.language().equals(language)) {
				account.setLanguage(Language.fromCode(language).get().code());
			}
		});
	}

	@Transactional
	public IssuedToken issueToken(CurrentUser actor, String name, Integer validDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInput("name", "required.max100");
		}
		if (validDays != null && (validDays < 1 || validDays > 366)) {
			throw new InvalidInput("validDays", "range.1.366");
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String secret = "pnt_" + HexFormat.of().formatHex(random);
		Instant expires = validDays == null ? null : Instant.now().plusSeconds(86400L * validDays);
		UUID id = tokens.store(actor.id(), name.trim(), secret, expires);
		return new IssuedToken(id, name.trim(), secret, expires);
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokens(CurrentUser actor) {
		return tokens.of(actor.id())
			.stream()
			.map(t -> new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
					t.revokedAt()))
			.toList();
	}

	@Transactional
	public void revokeToken(CurrentUser actor, UUID tokenId) {
		tokens.revoke(actor.id(), tokenId);
	}

	/**
	 * Creates a system administrator; unless {@code additional}, only while no
	 * administrator exists (first run). Used by start-up and the CLI, never by the web.
	 */
	@Transactional
	public UserView createAdmin(String username, String password, String agency, boolean additional) {
		if (!additional && users.anyAdmin()) {
			throw new Forbidden("admin.exists");
		}
		List<FieldError> errors = new ArrayList<>();
		AgencyRef ref = null;
		try {
			ref = agencies.find(new AgencyId(agency == null ? "" : agency.trim().toUpperCase(java.util.Locale.ROOT)))
				.orElse(null);
		}
		catch (InvalidInput ex) {
			ref = null;
		}
		if (ref == null) {
			errors.add(new FieldError("agency", "unknown.agency"));
		}
		else if (!ref.id().equals(ref.ministry())) {
			errors.add(new FieldError("agency", "ministry.required"));
		}
		String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			errors.add(new FieldError("username", "invalid.username"));
		}
		else if (users.findByUsernameIgnoreCase(name).isPresent()) {
			errors.add(new FieldError("username", "taken.username"));
		}
		checkPassword(errors, "password", password, name);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UserAccount account = new UserAccount(name, encoder.encode(password), name, ref.id(),
				EnumSet.of(Role.SYSTEM_ADMIN, Role.ADMIN), Classification.SECRET, Language.EN.code());
		return view(users.save(account));
	}

	/**
	 * The user an account id names, as the rest of Puente sees them, while the account is
	 * enabled: for work done on a user's behalf without a session (calendar feeds).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CurrentUser> enabledUser(UUID id) {
		return users.findById(id)
			.filter(UserAccount::enabled)
			.map(account -> account.toCurrentUser(ministryOf(account.agency())));
	}

	/**
	 * The user with this name, as the rest of Puente sees them, while the account is
	 * enabled: for command-line work done in a user's name.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CurrentUser> enabledUserNamed(String username) {
		return users.findByUsernameIgnoreCase(username)
			.filter(UserAccount::enabled)
			.map(account -> account.toCurrentUser(ministryOf(account.agency())));
	}

	@Transactional(readOnly = true)
	public boolean adminExists() {
		return users.anyAdmin();
	}

	private UserAccount manageable(CurrentUser actor, UUID id) {
		actor.require(Role.ADMIN);
		UserAccount account = users.findById(id).orElseThrow(() -> new NotFound("user", id));
		if (!actor.has(Role.SYSTEM_ADMIN) && !ministryOf(account.agency()).equals(actor.ministry())) {
			throw new NotFound("user", id);
		}
		return account;
	}

	/**
	 * An account the actor may change: besides being in scope, it must hold nothing the
	 * actor could not grant, so an agency admin cannot take over or demote a system
	 * administrator or a user cleared above themselves.
	 */
	private UserAccount changeable(CurrentUser actor, UUID id) {
		UserAccount account = manageable(actor, id);
		if (!actor.has(Role.SYSTEM_ADMIN)
				&& (account.roles().contains(Role.SYSTEM_ADMIN) || !actor.clearedFor(account.clearance()))) {
			throw new Forbidden("grant.exceeds.own");
		}
		return account;
	}

	private void checkGrant(CurrentUser actor, AgencyRef agency, Set<Role> roles, Classification clearance) {
		if (actor.has(Role.SYSTEM_ADMIN)) {
			return;
		}
		if (!agency.ministry().equals(actor.ministry())) {
			throw new Forbidden("other.agency");
		}
		if (roles.contains(Role.SYSTEM_ADMIN) || !actor.clearedFor(clearance)) {
			throw new Forbidden("grant.exceeds.own");
		}
	}

	private AgencyRef checkCommon(List<FieldError> errors, String fullName, String agency, Set<Role> roles,
			Classification clearance, String language) {
		if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
			errors.add(new FieldError("fullName", "required.max200"));
		}
		AgencyRef ref = null;
		if (agency == null || agency.isBlank()) {
			errors.add(new FieldError("agency", "required"));
		}
		else {
			try {
				ref = agencies.find(new AgencyId(agency.trim())).orElse(null);
			}
			catch (InvalidInput ex) {
				ref = null;
			}
			if (ref == null) {
				errors.add(new FieldError("agency", "unknown.agency"));
			}
		}
		if (roles == null || roles.isEmpty()) {
			errors.add(new FieldError("roles", "required"));
		}
		if (clearance == null) {
			errors.add(new FieldError("clearance", "required"));
		}
		if (language == null || Language.fromCode(language).isEmpty()) {
			errors.add(new FieldError("language", "invalid.language"));
		}
		return ref;
	}

	private static void checkPassword(List<FieldError> errors, String field, String password, String username) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
			errors.add(new FieldError(field, "weak.password"));
		}
		else if (password.toLowerCase(java.util.Locale.ROOT).contains(username)) {
			errors.add(new FieldError(field, "password.contains.username"));
		}
	}

	private AgencyId ministryOf(AgencyId agency) {
		return agencies.find(agency).map(AgencyRef::ministry).orElse(agency);
	}

	static UserView view(UserAccount u) {
		return new UserView(u.id(), u.username(), u.fullName(), u.agency().code(), u.roles(), u.clearance(),
				u.language(), u.enabled(), u.stamp().createdAt(), u.stamp().updatedAt(), u.version());
	}

}
