package org.puente.security.internal;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.puente.security.AuditLog;
import org.puente.security.AuditWithheld;
import org.puente.shared.Sha256;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Appends every insert, update, delete and collection change of a Puente entity to the
 * audit log, with the changed fields' values before and after, in the same transaction.
 */
@Component
class EntityAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionUpdateEventListener {

	private static final Set<String> BOOKKEEPING = Set.of("version", "stamp", "createdAt", "lastUsedAt");

	private static final Set<String> SECRET = Set.of("passwordHash", "tokenHash");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EntityManagerFactory entityManagerFactory;

	private final AuditLog log;

	EntityAuditListener(EntityManagerFactory entityManagerFactory, AuditLog log) {
		this.entityManagerFactory = entityManagerFactory;
		this.log = log;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (!audited(event.getEntity())) {
			return;
		}
		Map<String, Object> changes = new TreeMap<>();
		String[] names = event.getPersister().getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (include(names[i]) && event.getState()[i] != null) {
				changes.put(names[i], change(null, shown(event.getPersister(), names[i],
						value(names[i], event.getState()[i], event.getSession()))));
			}
		}
		append("CREATE", event.getPersister(), event.getId(), changes);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (!audited(event.getEntity())) {
			return;
		}
		Map<String, Object> changes = new TreeMap<>();
		String[] names = event.getPersister().getPropertyNames();
		int[] dirty = event.getDirtyProperties();
		Object[] old = event.getOldState();
		for (int i : dirty == null ? new int[0] : dirty) {
			if (include(names[i])) {
				Object before = old == null ? null
						: shown(event.getPersister(), names[i], value(names[i], old[i], event.getSession()));
				changes.put(names[i], change(before, shown(event.getPersister(), names[i],
						value(names[i], event.getState()[i], event.getSession()))));
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		String action = "UPDATE";
		if (changes.containsKey("deleted")) {
			action = Boolean.TRUE.equals(((Map<?, ?>) changes.get("deleted")).get("after")) ? "DELETE" : "RESTORE";
		}
		else if (changes.containsKey("enabled") || changes.containsKey("revokedAt") || changes.containsKey("status")) {
			action = "STATUS";
		}
		append(action, event.getPersister(), event.getId(), changes);
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (audited(event.getEntity())) {
			append("DELETE", event.getPersister(), event.getId(), Map.of());
		}
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null || !audited(owner)) {
			return;
		}
		PersistentCollection<?> collection = event.getCollection();
		String role = collection.getRole();
		String field = role.substring(role.lastIndexOf('.') + 1);
		Object snapshot = collection.getStoredSnapshot();
		Object before = snapshot instanceof Map<?, ?> map ? map.values() : snapshot;
		Map<String, Object> changes = Map.of(field,
				change(value(field, before, event.getSession()), value(field, collection, event.getSession())));
		EntityPersister persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
		append("UPDATE", persister, event.getAffectedOwnerIdOrNull(), changes);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void append(String action, EntityPersister persister, Object id, Map<String, Object> changes) {
		String type = persister.getMappedClass().getSimpleName();
		log.append(action, type, String.valueOf(id), JSON.writeValueAsString(changes));
	}

	private static boolean audited(Object entity) {
		return entity.getClass().getName().startsWith("org.puente.");
	}

	/** The value as the log keeps it: a withheld field only as its SHA-256. */
	private static Object shown(EntityPersister persister, String property, Object value) {
		if (value == null || !withheld(persister.getMappedClass(), property)) {
			return value;
		}
		return "sha256:" + Sha256.hex(String.valueOf(value));
	}

	private static boolean withheld(Class<?> type, String property) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(property).isAnnotationPresent(AuditWithheld.class);
			}
			catch (NoSuchFieldException ex) {
				// declared higher up
			}
		}
		return false;
	}

	private static boolean include(String property) {
		return !BOOKKEEPING.contains(property);
	}

	private static Map<String, Object> change(Object before, Object after) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	private static Object value(String property, Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (SECRET.contains(property)) {
			return "***";
		}
		if (value instanceof Collection<?> items) {
			List<Object> out = new ArrayList<>();
			for (Object item : items) {
				out.add(value(property, item, session));
			}
			return out;
		}
		if (value instanceof Map<?, ?> map) {
			return value(property, map.values(), session);
		}
		if (value.getClass().isAnnotationPresent(Entity.class)) {
			return String.valueOf(session.getContextEntityIdentifier(value));
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString();
	}

}
