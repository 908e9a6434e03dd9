package org.puente.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code puente screening check} on real files, run in-process: no Spring, no database.
 */
class ScreeningCommandTests {

	@TempDir
	Path dir;

	record Run(int exit, String err) {
	}

	Run run(String... args) {
		PrintStream err = System.err;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
			int exit = new CommandLine(new PuenteCommand()).execute(args);
			return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setErr(err);
		}
	}

	Path file(String name, String content) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, content, StandardCharsets.UTF_8);
		return p;
	}

	static final String WATCHLIST = "\uFEFFid,full_name,aliases,birth_date,sex,nationality,document_number\n"
			+ "MPS-1,Nguyễn Văn An,,1980-03-15,M,VN,C1234567\n" + "MPS-2,Nguyễn Văn Anh,,1985,M,VN,\n"
			+ "MPS-3,Trần Quốc Tỏ,\"Chen Guo|Trần Tỏ\",,M,VN|CN,\n"
			+ "MININT-1,\"Álvarez-Casas, Lázaro Alberto\",\"El Flaco\",1979-07-01,M,CU,K7654321\n"
			+ "MININT-2,María del Carmen Peña Núñez,,1990,F,CU|ES,\n";

	@Test
	void writesOneRowPerHitBestFirstOrOneNoHitRow() throws Exception {
		Path watchlist = file("watchlist.csv", WATCHLIST);
		Path input = file("input.csv",
				"query_id,full_name,birth_date,nationality,document_number\n" + "q1,Nguyen Van An,1980-03-15,VN,\n"
						+ "q2,Chan Quoc To,,,\n" + "q3,Maria Pena Nunez,1990-05-02,CU,\n" + "q4,Phạm Thị Hoa,,,\n"
						+ "q5,\"Lazaro Alvarez Casas\",,,\n" + "q6,,,,C-1234 567\n"
						+ "q7,Nguyễn Văn An,1950-01-01,,\n");
		Path output = dir.resolve("out.csv");
		Run run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("query_id,result,entry_id,score");
		assertThat(lines).anyMatch(l -> l.startsWith("q1,HIT,MPS-1,"))
			.noneMatch(l -> l.startsWith("q1,HIT,MPS-2"))
			.anyMatch(l -> l.startsWith("q2,HIT,MPS-3,"))
			.anyMatch(l -> l.startsWith("q3,HIT,MININT-2,"))
			.contains("q4,NO_HIT,,")
			.anyMatch(l -> l.startsWith("q5,HIT,MININT-1,"))
			.anyMatch(l -> l.startsWith("q6,HIT,MPS-1,"))
			// Same name, a full date of birth thirty years apart: another person.
			.contains("q7,NO_HIT,,");
		assertThat(lines.stream().filter(l -> l.startsWith("q1,")).findFirst().orElseThrow())
			.matches("q1,HIT,MPS-1,1\\.0+");
		assertThat(run.err()).contains("Checked 7 names against 5 entries");
	}

	@Test
	void hitsComeBestFirst() throws Exception {
		Path watchlist = file("watchlist.csv", "id,full_name,aliases,birth_date,sex,nationality,document_number\n"
				+ "a,José María Fernández Cruz,,,,,\n" + "b,José Fernández Cruz,,,,,\n");
		Path input = file("input.csv",
				"query_id,full_name,birth_date,nationality,document_number\n" + "q,José María Fernández Cruz,,,\n");
		Path output = dir.resolve("out.csv");
		Run run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		List<String> lines = Files.readAllLines(output);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("q,HIT,a,");
		assertThat(lines.get(2)).startsWith("q,HIT,b,");
		double first = Double.parseDouble(lines.get(1).split(",")[3]);
		double second = Double.parseDouble(lines.get(2).split(",")[3]);
		assertThat(first).isGreaterThan(second);
	}

	@Test
	void theThresholdDecidesWhatIsAHit() throws Exception {
		Path watchlist = file("watchlist.csv", WATCHLIST);
		Path input = file("input.csv",
				"query_id,full_name,birth_date,nationality,document_number\n" + "q1,Nguyen An,,,\n");
		Path output = dir.resolve("out.csv");
		assertThat(run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString())
			.exit()).isZero();
		assertThat(Files.readString(output)).contains("q1,HIT,MPS-1");
		assertThat(run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString(), "--threshold", "1")
			.exit()).isZero();
		assertThat(Files.readString(output)).contains("q1,NO_HIT,,");
	}

	@Test
	void badRowsAreListedWithLineAndReasonAndNothingIsWritten() throws Exception {
		Path watchlist = file("watchlist.csv",
				"id,full_name,aliases,birth_date,sex,nationality,document_number\n"
						+ "a,Nguyễn Văn An,,1980-13-40,M,VN,\n" + "b,,,,,,\n" + "a,Trần Tỏ,,,X,Viet Nam,\n"
						+ "c,\"Lê Lợi\",,1385,M,VN,\n");
		Path input = file("input.csv",
				"query_id,full_name,birth_date,nationality,document_number\n" + "q1,Nguyen Van An,80,,\n" + "q2,,,,\n");
		Path output = file("out.csv", "previous results\n");
		Run run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("watchlist.csv line 2: birth_date 1980-13-40 is not a date")
			.contains("watchlist.csv line 3: full_name is empty")
			.contains("watchlist.csv line 4: id a appears twice")
			.contains("watchlist.csv line 4: sex must be M, F or empty, not X")
			.contains("watchlist.csv line 4: nationality must be ISO 3166 two-letter codes, not Viet Nam")
			.contains("input.csv line 2: birth_date must be YYYY-MM-DD or YYYY, not 80")
			.contains("input.csv line 3: full_name and document_number are both empty")
			.contains("Refused: 7 bad rows; nothing written.")
			.doesNotContain("line 5");
		assertThat(Files.readString(output)).isEqualTo("previous results\n");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("watchlist.csv",
					"input.csv", "out.csv");
		}
	}

	@Test
	void aMissingColumnOrFileIsRefused() throws Exception {
		Path watchlist = file("watchlist.csv", "id,name\n1,Nguyễn Văn An\n");
		Path input = file("input.csv", "query_id,full_name,birth_date,nationality,document_number\n");
		Path output = dir.resolve("out.csv");
		Run run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains(
				"watchlist.csv line 1: missing columns full_name, aliases, birth_date, sex, nationality, document_number");
		assertThat(output).doesNotExist();

		Run missing = run("screening", "check", "--watchlist", dir.resolve("nowhere.csv").toString(), "--input",
				input.toString(), "--output", output.toString());
		assertThat(missing.exit()).isEqualTo(1);
		assertThat(missing.err()).contains("Refused: no such file");
		assertThat(output).doesNotExist();
	}

	@Test
	void quotedFieldsWithCommasAndLineBreaksAreOneField() throws Exception {
		Path watchlist = file("watchlist.csv", "id,full_name,aliases,birth_date,sex,nationality,document_number\n"
				+ "\"x,1\",\"Díaz-Canel Bermúdez, Miguel\",\"Miguel\nDíaz\",,M,CU,\n" + "y,Raúl Castro Ruz,,,M,CU,\n");
		Path input = file("input.csv", "query_id,full_name,birth_date,nationality,document_number\n"
				+ "\"q,1\",Miguel Diaz Canel,,,\n" + "q2,Raul Castro,1950-01-01,xx,\n" + "q3,bad,,Cuba,\n");
		Path output = dir.resolve("out.csv");
		Run run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(),
				"--output", output.toString());
		// The nationality of line 4 is wrong; the multi-line quoted alias does not shift
		// the
		// count of the input's lines.
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("input.csv line 4: nationality must be an ISO 3166 two-letter code, not Cuba")
			.doesNotContain("watchlist.csv");
		Files.writeString(input, "query_id,full_name,birth_date,nationality,document_number\n"
				+ "\"q,1\",Miguel Diaz Canel,,,\n" + "q2,Raul Castro,1950-01-01,xx,\n");
		run = run("screening", "check", "--watchlist", watchlist.toString(), "--input", input.toString(), "--output",
				output.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(Files.readAllLines(output)).anyMatch(l -> l.startsWith("\"q,1\",HIT,\"x,1\","))
			.anyMatch(l -> l.startsWith("q2,HIT,y,"));
	}

}
