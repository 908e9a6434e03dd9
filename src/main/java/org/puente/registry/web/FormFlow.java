package org.puente.registry.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.puente.registry.internal.Lifecycle;
import org.puente.security.CurrentUser;
import org.puente.shared.InvalidInput;
import org.puente.shared.StaleVersion;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a registry form leads to, alike for every kind of record: saved, the record's page
 * with a notice; refused, the form again with what the user typed and why (400); saved by
 * someone else in between, the user's input again beside what is stored now (409). The
 * status change and the deletion go the same way.
 *
 * @param <V> the record as the service shows it
 */
final class FormFlow<V> {

	static final String STATUS_PAGE = "registry/record/status";

	static final String DELETE_PAGE = "registry/record/delete";

	/** Puts what a record's form offers in the model; gives the form's view. */
	@FunctionalInterface
	interface Render<V> {

		String render(Model model, CurrentUser user, Locale locale, V record);

	}

	private final String path;

	private final MessageSource messages;

	private final BiFunction<CurrentUser, UUID, V> stored;

	private final ToLongFunction<V> version;

	private final Render<V> form;

	private final BiFunction<V, Locale, Map<String, String>> saved;

	/**
	 * @param path where the records' pages are, such as {@code /registry/agreements}
	 * @param stored reads a record as it is stored now
	 * @param version the stored record's version
	 * @param form renders the record's form (with no record, a new one's)
	 * @param saved what the form shows of the stored record when a change comes too late
	 */
	FormFlow(String path, MessageSource messages, BiFunction<CurrentUser, UUID, V> stored, ToLongFunction<V> version,
			Render<V> form, BiFunction<V, Locale, Map<String, String>> saved) {
		this.path = path;
		this.messages = messages;
		this.stored = stored;
		this.version = version;
		this.form = form;
		this.saved = saved;
	}

	/** The record's page, where the notice says what was done. */
	ModelAndView done(RedirectAttributes redirect, String notice, UUID id) {
		redirect.addFlashAttribute("notice", notice);
		return new ModelAndView("redirect:" + path + "/" + id);
	}

	ModelAndView create(Model model, CurrentUser user, Locale locale, RedirectAttributes redirect, String notice,
			Supplier<UUID> save) {
		return create(model, user, locale, redirect, notice, Set.of(), save);
	}

	/**
	 * Saves a new record; a name of {@code unknownPeople} (filled in by {@code save}) the
	 * service refuses is refused as a person the directory does not know.
	 */
	ModelAndView create(Model model, CurrentUser user, Locale locale, RedirectAttributes redirect, String notice,
			Set<String> unknownPeople, Supplier<UUID> save) {
		try {
			return done(redirect, notice, save.get());
		}
		catch (InvalidInput ex) {
			FormPages.errors(model, messages, FormPages.relabel(ex, unknownPeople).errors());
			return FormPages.page(model, form.render(model, user, locale, null), HttpStatus.BAD_REQUEST);
		}
	}

	ModelAndView update(Model model, CurrentUser user, Locale locale, RedirectAttributes redirect, String notice,
			UUID id, Runnable save, LongFunction<?> typed) {
		return update(model, user, locale, redirect, notice, id, Set.of(), save, typed);
	}

	/**
	 * Saves a change to a record; {@code typed} gives what the user sent with the version
	 * now stored, so that saving it again is a deliberate overwrite.
	 */
	ModelAndView update(Model model, CurrentUser user, Locale locale, RedirectAttributes redirect, String notice,
			UUID id, Set<String> unknownPeople, Runnable save, LongFunction<?> typed) {
		try {
			save.run();
			return done(redirect, notice, id);
		}
		catch (InvalidInput ex) {
			FormPages.errors(model, messages, FormPages.relabel(ex, unknownPeople).errors());
			return FormPages.page(model, form.render(model, user, locale, stored.apply(user, id)),
					HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersion | ObjectOptimisticLockingFailureException ex) {
			// Keep what the user typed; show what is stored now.
			V current = stored.apply(user, id);
			model.addAttribute("stale", true);
			model.addAttribute("form", typed.apply(version.applyAsLong(current)));
			model.addAttribute("saved", saved.apply(current, locale));
			return FormPages.page(model, form.render(model, user, locale, current), HttpStatus.CONFLICT);
		}
	}

	/**
	 * The status page of a record whose status is {@code current}.
	 * @param statusKeys the prefix of the status names' message keys
	 * @param orderKey the message that tells the usual order
	 * @param noteRequired whether a change needs a note
	 */
	<S extends Enum<S> & Lifecycle<S>> String statusPage(Model model, UUID id, String record, S current,
			String statusKeys, String orderKey, boolean noteRequired) {
		model.addAttribute("record", record);
		model.addAttribute("current", current.name());
		model.addAttribute("moves", FormPages.moves(current, current.getDeclaringClass()));
		model.addAttribute("statusKeys", statusKeys);
		model.addAttribute("orderKey", orderKey);
		model.addAttribute("noteRequired", noteRequired);
		model.addAttribute("action", path + "/" + id + "/status");
		model.addAttribute("back", path + "/" + id);
		return STATUS_PAGE;
	}

	/** Changes a record's status, then shows its page with a notice. */
	ModelAndView changeStatus(Model model, CurrentUser user, RedirectAttributes redirect, UUID id, FormStatus typed,
			BiFunction<Model, V, String> page, Runnable change) {
		return changeStatus(model, user, id, typed, page, () -> {
			change.run();
			return done(redirect, "recording.notice.status.changed", id);
		});
	}

	/**
	 * Changes a record's status, then goes where {@code change} says; refused or too
	 * late, the status page again.
	 */
	ModelAndView changeStatus(Model model, CurrentUser user, UUID id, FormStatus typed,
			BiFunction<Model, V, String> page, Supplier<ModelAndView> change) {
		try {
			return change.get();
		}
		catch (InvalidInput ex) {
			FormPages.errors(model, messages, ex.errors());
			return FormPages.page(model, page.apply(model, stored.apply(user, id)), HttpStatus.BAD_REQUEST);
		}
		catch (StaleVersion | ObjectOptimisticLockingFailureException ex) {
			V current = stored.apply(user, id);
			model.addAttribute("stale", true);
			model.addAttribute("form", typed.withVersion(version.applyAsLong(current)));
			return FormPages.page(model, page.apply(model, current), HttpStatus.CONFLICT);
		}
	}

	/**
	 * Asks before deleting a record.
	 * @param titleKey the question, a message that takes the record's name
	 */
	String confirmDelete(Model model, UUID id, String record, String titleKey) {
		model.addAttribute("record", record);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("action", path + "/" + id + "/delete");
		model.addAttribute("back", path + "/" + id);
		return DELETE_PAGE;
	}

	/** The list of the records, where the notice says one was deleted. */
	String deleted(RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + path;
	}

}
