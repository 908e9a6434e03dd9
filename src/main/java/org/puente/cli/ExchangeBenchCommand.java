package org.puente.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.puente.shared.Sha256;
import org.puente.PuenteApplication;
import org.puente.exchange.CaseEvidence;
import org.puente.exchange.CaseVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code puente exchange bench}: a load run of the secure exchange, not a test. Starts
 * Puente on a loopback port against a fresh H2 database (or the one given), makes N
 * officers across MPS and MININT with personal API tokens, has them send M messages
 * concurrently through the REST API, and reports messages per second, send latency
 * percentiles, and whether every message was delivered exactly once (delivery and receipt
 * counts, a checksum over the texts sent against those stored, and the hash chain and
 * signatures of every case).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Load run: N officers of MPS and MININT exchange M messages concurrently over the REST API "
				+ "on loopback; reports messages/s, p50/p99 send latency and exactly-once delivery.")
public class ExchangeBenchCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String MPS_UNIT = "MPS-A05";

	static final String MININT_UNIT = "MININT-DGCI";

	@Option(names = "--officers", defaultValue = "20",
			description = "Officers sending at once, half of each agency " + "(default: ${DEFAULT-VALUE}).")
	int officers;

	@Option(names = "--messages", defaultValue = "2000", description = "Messages in all (default: ${DEFAULT-VALUE}).")
	int messages;

	@Option(names = "--db-url", description = "A database to run against instead of a fresh H2 file "
			+ "(it should be empty; the run adds users, cases and messages).")
	String dbUrl;

	@Option(names = "--db-user", defaultValue = "", description = "User of --db-url.")
	String dbUser;

	@Option(names = "--db-password", defaultValue = "", description = "Password of --db-url.")
	String dbPassword;

	@Option(names = "--report",
			description = "Print the full report (settings, machine, every check), " + "not only the summary line.")
	boolean report;

	@Option(names = "--keep", description = "Keep the temporary data folder (database, files, index).")
	boolean keep;

	record Sent(String id, String caseId, String text, long nanos) {
	}

	@Override
	public Integer call() throws Exception {
		if (officers < 2 || messages < 1) {
			System.err.println("Refused: --officers must be at least 2 and --messages at least 1.");
			return 2;
		}
		Path dataDir = Files.createTempDirectory("puente-bench");
		String adminPassword = "bench-" + UUID.randomUUID();
		Map<String, Object> props = new HashMap<>();
		props.put("server.port", "0");
		props.put("server.address", "127.0.0.1");
		props.put("puente.data-dir", dataDir.toString());
		props.put("puente.demo.enabled", "false");
		props.put("puente.first-run-prompt", "false");
		props.put("PUENTE_ADMIN_USERNAME", "bench-admin");
		props.put("PUENTE_ADMIN_PASSWORD", adminPassword);
		props.put("PUENTE_ADMIN_AGENCY", "MPS");
		props.put("server.servlet.session.cookie.secure", "false");
		props.put("spring.main.banner-mode", "off");
		props.put("logging.level.root", "ERROR");
		props.put("logging.level.org.puente", "ERROR");
		props.put("spring.datasource.url", dbUrl != null ? dbUrl : "jdbc:h2:file:" + dataDir.resolve("puente")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
		props.put("spring.datasource.username", dbUrl != null ? dbUser : "sa");
		props.put("spring.datasource.password", dbUrl != null ? dbPassword : "");
		System.err.println("Starting Puente on loopback"
				+ (dbUrl == null ? " with a fresh H2 database in " + dataDir : " against " + dbUrl) + " ...");
		long startedAt = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PuenteApplication.class)
			.web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// As arguments, so they win over application.yml and the PUENTE_*
			// environment.
			.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			System.err.printf("Started in %.1f s at %s.%n", (System.nanoTime() - startedAt) / 1e9, base);
			return run(context, base, adminPassword);
		}
		finally {
			if (!keep) {
				delete(dataDir);
			}
			else {
				System.err.println("Kept " + dataDir);
			}
		}
	}

	private int run(ConfigurableApplicationContext context, String base, String adminPassword) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String runId = UUID.randomUUID().toString().substring(0, 8);
		String admin = "Basic "
				+ Base64.getEncoder().encodeToString(("bench-admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));

		// Officers, each with a personal token (hashing a password on every request would
		// measure the password hash, not the exchange).
		System.err.printf("Making %d officers and their tokens ...%n", officers);
		List<String> tokens = new ArrayList<>();
		List<String> units = new ArrayList<>();
		for (int i = 0; i < officers; i++) {
			String unit = i % 2 == 0 ? MPS_UNIT : MININT_UNIT;
			String username = "bench-" + runId + "-" + i;
			String password = "bench-password-" + UUID.randomUUID();
			expect(post(http, base + "/api/v1/admin/users", admin,
					Map.of("username", username, "password", password, "fullName", "Bench officer " + i, "agency", unit,
							"roles", List.of("EDITOR"), "clearance", "RESTRICTED", "language", "en")),
					201);
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			JsonNode token = expect(
					post(http, base + "/api/v1/me/tokens", basic, Map.of("name", "bench", "validDays", 1)), 201);
			tokens.add("Bearer " + token.get("secret").asString());
			units.add(unit);
		}
		// One case for each MPS officer, with the MININT directorate taking part.
		List<String> cases = new ArrayList<>();
		List<String> references = new ArrayList<>();
		for (int i = 0; i < officers; i += 2) {
			JsonNode c = expect(
					post(http, base + "/api/v1/exchange/cases", tokens.get(i), Map.of("title",
							"Bench case " + runId + " " + i, "priority", "NORMAL", "agencies", List.of(MININT_UNIT))),
					201);
			cases.add(c.get("id").asString());
			references.add(c.get("reference").asString());
		}

		System.err.printf("Sending %,d messages from %d officers at once ...%n", messages, officers);
		List<Sent> sent = new ArrayList<>(messages);
		Map<Integer, String> refused = new ConcurrentHashMap<>();
		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(officers);
		long begin = System.nanoTime();
		List<Future<List<Sent>>> work = new ArrayList<>();
		for (int o = 0; o < officers; o++) {
			int officer = o;
			work.add(pool.submit(() -> {
				List<Sent> mine = new ArrayList<>();
				for (int n = officer; n < messages; n += officers) {
					String caseId = cases.get((officer / 2) % cases.size());
					String to = units.get(officer).equals(MPS_UNIT) ? MININT_UNIT : MPS_UNIT;
					String text = "Bench message " + n + " of run " + runId + " from officer " + officer + ": "
							+ UUID.randomUUID() + " – thông tin trao đổi, información intercambiada.";
					Map<String, Object> message = new HashMap<>();
					message.put("addressees", List.of(to));
					message.put("subject", "bench " + runId + " #" + n);
					message.put("text", text);
					message.put("language", "en");
					message.put("classification", n % 3 == 0 ? "RESTRICTED" : "UNCLASSIFIED");
					message.put("handlingCodes", List.of("H0"));
					message.put("requestType", n % 2 == 0 ? "REQUEST_FOR_INFORMATION" : "SPONTANEOUS_INFORMATION");
					message.put("urgency", n % 5 == 0 ? "URGENT" : "NORMAL");
					long t0 = System.nanoTime();
					HttpResponse<String> response = post(http, base + "/api/v1/exchange/cases/" + caseId + "/messages",
							tokens.get(officer), message);
					long took = System.nanoTime() - t0;
					if (response.statusCode() == 201) {
						mine.add(new Sent(JSON.readTree(response.body()).get("id").asString(), caseId, text, took));
					}
					else {
						refused.put(n, response.statusCode() + " " + response.body());
					}
					int count = done.incrementAndGet();
					if (count % Math.max(1, messages / 20) == 0 || count == messages) {
						double seconds = (System.nanoTime() - begin) / 1e9;
						System.err.printf("\rSent %,d/%,d (%d%%), %.1f messages/s   ", count, messages,
								count * 100 / messages, count / seconds);
					}
				}
				return mine;
			}));
		}
		for (Future<List<Sent>> f : work) {
			sent.addAll(f.get());
		}
		long wall = System.nanoTime() - begin;
		pool.shutdown();
		System.err.println();

		// What the database holds.
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		String like = "bench " + runId + " #%";
		Integer stored = jdbc.queryForObject("select count(*) from exchange_message where subject like ?",
				Integer.class, like);
		List<Map<String, Object>> perMessage = jdbc
			.queryForList("select m.id, count(d.id) as deliveries, count(distinct d.addressee) as addressees"
					+ " from exchange_message m left join exchange_delivery d on d.message_id = m.id"
					+ " where m.subject like ? group by m.id", like);
		long exactlyOnce = perMessage.stream()
			.filter(r -> ((Number) r.get("deliveries")).longValue() == 1
					&& ((Number) r.get("addressees")).longValue() == 1)
			.count();
		Integer deliveries = jdbc.queryForObject("select count(*) from exchange_delivery d join exchange_message m"
				+ " on m.id = d.message_id where m.subject like ?", Integer.class, like);
		Integer delivered = jdbc.queryForObject(
				"select count(*) from exchange_receipt r join exchange_message m"
						+ " on m.id = r.message_id where m.subject like ? and r.kind = 'DELIVERED'",
				Integer.class, like);
		List<String> storedLines = jdbc.query("select id, body from exchange_message where subject like ?",
				(rs, n) -> rs.getObject("id").toString() + "\n" + rs.getString("body"), like);
		String clientSum = checksum(sent.stream().map(s -> s.id() + "\n" + s.text()).toList());
		String serverSum = checksum(storedLines);
		CaseEvidence evidence = context.getBean(CaseEvidence.class);
		int intact = 0;
		for (String reference : references) {
			CaseVerification v = evidence.verify(reference);
			if (v.intact()) {
				intact++;
			}
		}

		long[] nanos = sent.stream().mapToLong(Sent::nanos).sorted().toArray();
		double seconds = wall / 1e9;
		// Every accepted message stored and delivered exactly once, nothing stored for a
		// refused one.
		int accepted = sent.size();
		boolean countsOk = stored != null && stored == accepted && exactlyOnce == accepted && deliveries != null
				&& deliveries == accepted && delivered != null && delivered == accepted;
		boolean allAccepted = refused.isEmpty();
		boolean sumOk = clientSum.equals(serverSum);
		boolean chainsOk = intact == references.size();
		boolean ok = allAccepted && countsOk && sumOk && chainsOk;
		String summary = String.format(
				"%,d messages from %d officers in %.1f s: %.1f messages/s, send latency p50 %s, p99 %s; "
						+ "%,d accepted, %,d refused; accepted ones delivered exactly once: %s; checksum %s; chains %s",
				messages, officers, seconds, sent.size() / seconds, ms(percentile(nanos, 50)),
				ms(percentile(nanos, 99)), accepted, refused.size(), countsOk ? "yes" : "NO",
				sumOk ? "match" : "MISMATCH", chainsOk ? "intact" : "BROKEN");
		if (report) {
			String database;
			try (java.sql.Connection connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
				database = connection.getMetaData().getDatabaseProductName();
			}
			System.out.println("Puente exchange load run " + runId);
			System.out.printf("  machine      : %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), System.getProperty("os.name"));
			System.out.printf("  database     : %s (%s), same machine, loopback HTTP%n", database,
					dbUrl == null ? "fresh file database" : dbUrl);
			System.out.printf(
					"  officers     : %d (%d of %s, %d of %s), each sending in its own thread, "
							+ "personal API tokens%n",
					officers, (officers + 1) / 2, MPS_UNIT, officers / 2, MININT_UNIT);
			System.out.printf("  cases        : %d%n", references.size());
			System.out.printf("  messages     : %,d sent, %,d accepted (201), %,d refused%n", messages, sent.size(),
					refused.size());
			refused.values().stream().limit(3).forEach(r -> System.out.println("                 refused: " + r));
			System.out.printf("  wall time    : %.2f s (send phase)%n", seconds);
			System.out.printf("  throughput   : %.1f messages/s%n", sent.size() / seconds);
			System.out.printf("  send latency : p50 %s, p90 %s, p99 %s, max %s%n", ms(percentile(nanos, 50)),
					ms(percentile(nanos, 90)), ms(percentile(nanos, 99)),
					ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]));
			System.out.printf("  stored       : %,d messages, %,d deliveries, %,d DELIVERED receipts%n", stored,
					deliveries, delivered);
			System.out.printf(
					"  exactly once : %,d of %,d accepted messages have exactly one delivery to their one addressee,"
							+ " none stored for a refused one: %s%n",
					exactlyOnce, accepted, countsOk ? "yes" : "NO");
			System.out.printf("  checksum     : SHA-256 over (id, text) sent %s%n", clientSum);
			System.out.printf("                 SHA-256 over (id, text) stored %s: %s%n", serverSum,
					sumOk ? "match" : "MISMATCH");
			System.out.printf("  evidence     : %d of %d cases verified (hash chain, signatures, receipts): %s%n",
					intact, references.size(), chainsOk ? "intact" : "BROKEN");
		}
		System.out.println(summary);
		return ok ? 0 : 1;
	}

	private static HttpResponse<String> post(HttpClient http, String url, String authorization, Object body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static JsonNode expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("expected " + status + " from " + response.uri() + ", got "
					+ response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** SHA-256 over the lines in a fixed order, each ended by a NUL. */
	static String checksum(List<String> lines) {
		MessageDigest sha = Sha256.newDigest();
		lines.stream().sorted().forEach(line -> {
			sha.update(line.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
		});
		return Sha256.hexOf(sha);
	}

	/** The nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	private static String ms(long nanos) {
		return String.format("%.1f ms", nanos / 1e6);
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("Could not remove " + folder + ": " + ex.getMessage());
		}
	}

}
