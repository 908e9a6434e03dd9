package org.puente.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.puente.names.BirthDate;

/**
 * Made-up people for the screening benchmark: Vietnamese names drawn by the rough
 * frequency of family, middle and given names, and Cuban/Spanish names with two surnames,
 * compound given names and particles. Frequencies are approximations from general
 * knowledge (Nguyễn about 38% of Vietnamese, Văn and Thị the usual middle names), good
 * enough to reproduce the crowding of real watchlists.
 */
final class BenchPeople {

	/** A person as generated: the parts of the name, kept apart to vary them. */
	record Person(boolean vietnamese, String family, List<String> middles, String given, List<String> givens,
			String surname1, String surname2, boolean female, BirthDate birth, String nationality, String document,
			List<String> aliases) {

		String fullName() {
			if (vietnamese) {
				List<String> parts = new ArrayList<>();
				parts.add(family);
				parts.addAll(middles);
				parts.add(given);
				return String.join(" ", parts);
			}
			List<String> parts = new ArrayList<>(givens);
			parts.add(surname1);
			if (surname2 != null) {
				parts.add(surname2);
			}
			return String.join(" ", parts);
		}

	}

	/** Name and weight pairs, sampled by weight. */
	static final class Weighted {

		final String[] names;

		final double[] cumulative;

		Weighted(Object... pairs) {
			names = new String[pairs.length / 2];
			cumulative = new double[names.length];
			double sum = 0;
			for (int i = 0; i < names.length; i++) {
				names[i] = (String) pairs[2 * i];
				sum += ((Number) pairs[2 * i + 1]).doubleValue();
				cumulative[i] = sum;
			}
		}

		/** Zipf-like weights 1/(rank+5) for a plain list. */
		static Weighted zipf(String... names) {
			Object[] pairs = new Object[names.length * 2];
			for (int i = 0; i < names.length; i++) {
				pairs[2 * i] = names[i];
				pairs[2 * i + 1] = 1.0 / (i + 5);
			}
			return new Weighted(pairs);
		}

		String pick(Random rnd) {
			double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
			int lo = 0;
			int hi = cumulative.length - 1;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (cumulative[mid] < x) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return names[lo];
		}

	}

	static final Weighted VN_FAMILY = new Weighted("Nguyễn", 38, "Trần", 11, "Lê", 9.5, "Phạm", 7, "Hoàng", 4.1,
			"Huỳnh", 1.5, "Phan", 4.5, "Vũ", 2.9, "Võ", 1.0, "Đặng", 2.1, "Bùi", 2, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3,
			"Dương", 1, "Lý", 0.5, "Đinh", 0.8, "Trương", 0.8, "Lâm", 0.5, "Mai", 0.5, "Đoàn", 0.5, "Cao", 0.4, "Lương",
			0.4, "Trịnh", 0.4, "Tô", 0.3, "Hà", 0.4, "Tạ", 0.2, "Lưu", 0.3, "Châu", 0.2, "Quách", 0.1, "Thái", 0.2,
			"Kiều", 0.1, "Triệu", 0.1, "Văn", 0.1, "Đào", 0.4, "Chu", 0.1, "Khúc", 0.05, "Mạc", 0.05, "Lục", 0.05);

	static final Weighted VN_MIDDLE_M = new Weighted("Văn", 40, "Đức", 8, "Hữu", 6, "Minh", 8, "Quốc", 6, "Thanh", 6,
			"Xuân", 4, "Công", 5, "Đình", 5, "Quang", 5, "Ngọc", 3, "Trọng", 3, "Tiến", 2, "Hoàng", 2, "Gia", 2, "Bá",
			2, "Mạnh", 1, "Anh", 2, "Thế", 2, "Duy", 2, "Khắc", 1, "Viết", 1, "Nhật", 1, "Hải", 1);

	static final Weighted VN_MIDDLE_F = new Weighted("Thị", 45, "Ngọc", 8, "Thu", 6, "Thanh", 6, "Kim", 5, "Mỹ", 4,
			"Hồng", 4, "Bích", 3, "Thúy", 3, "Phương", 3, "Minh", 3, "Hoài", 2, "Khánh", 2, "Diệu", 2, "Tuyết", 2,
			"Bảo", 2, "Quỳnh", 2, "Hải", 1, "Lan", 1, "Thảo", 1);

	static final Weighted VN_SECOND_MIDDLE = Weighted.zipf("Minh", "Ngọc", "Thanh", "Hoàng", "Quốc", "Anh", "Kim",
			"Bảo", "Thu", "Gia", "Hải", "Xuân", "Khánh", "Phương", "Hồng", "Đức", "Quang", "Thùy", "Mai", "Tuấn");

	static final Weighted VN_GIVEN_M = Weighted.zipf("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Sơn", "Long",
			"Thắng", "Cường", "Hưng", "Huy", "Đức", "Quang", "Trung", "Thành", "Tùng", "Phong", "Hiếu", "Bình", "An",
			"Anh", "Bảo", "Chiến", "Công", "Duy", "Dương", "Đạt", "Giang", "Hào", "Hiển", "Hòa", "Hoàng", "Khang",
			"Khánh", "Khoa", "Khôi", "Kiên", "Lâm", "Linh", "Lợi", "Luân", "Mạnh", "Nghĩa", "Nhân", "Phát", "Phúc",
			"Phương", "Quân", "Quý", "Tài", "Tâm", "Tân", "Thịnh", "Thông", "Tiến", "Toàn", "Trí", "Trọng", "Tú",
			"Việt", "Vinh", "Vũ", "Vương", "Sang", "Hậu", "Lộc", "Định", "Hiệp", "Nhật", "Thái", "Tỏ", "Khải", "Kha",
			"Lực", "Thuận", "Vỹ", "Tường", "Triết", "Bằng", "Cảnh", "Đông", "Hoan", "Hội", "Kỳ", "Lương", "Ngọc",
			"Pháp", "Quyết", "Sỹ", "Thạch", "Thiện", "Toản", "Uy", "Xuyên", "Yên", "Chương", "Diệu", "Đoàn", "Giáp",
			"Hạnh", "Khiêm", "Lãm", "Nguyên", "Nhuận", "Phi", "Quyền", "Sáng", "Tịnh", "Trác", "Ước", "Vĩnh");

	static final Weighted VN_GIVEN_F = Weighted.zipf("Linh", "Hương", "Lan", "Hoa", "Trang", "Thảo", "Mai", "Hà",
			"Ngọc", "Phương", "Anh", "Hằng", "Hạnh", "Huyền", "Thủy", "Nhung", "Hiền", "Yến", "Dung", "Loan", "An",
			"Ánh", "Bích", "Châu", "Chi", "Diễm", "Duyên", "Giang", "Hồng", "Huệ", "Khánh", "Liên", "My", "Nga", "Ngân",
			"Nhàn", "Nhi", "Oanh", "Quỳnh", "Sương", "Tâm", "Thanh", "Thoa", "Thu", "Thúy", "Trinh", "Tuyết", "Uyên",
			"Vân", "Vy", "Xuân", "Hoài", "Diệp", "Hậu", "Hạ", "Kiều", "Lý", "Mơ", "Ngà", "Phượng", "Quyên", "Tiên",
			"Trâm", "Tú", "Vi", "Đào", "Gấm", "Lụa", "Nương", "Sen", "Thắm", "Thơ", "Trà", "Xoan", "Yên", "Ly", "Ngân",
			"Khuê", "Cúc", "Đan");

	static final Weighted ES_GIVEN_M = Weighted.zipf("José", "Juan", "Luis", "Carlos", "Jorge", "Pedro", "Manuel",
			"Miguel", "Rafael", "Antonio", "Francisco", "Roberto", "Alberto", "Alejandro", "Ernesto", "Raúl", "Ramón",
			"Lázaro", "Yoel", "Yunior", "Yasmany", "Osmany", "Reinier", "Adrián", "Alexis", "Orlando", "Rolando",
			"Armando", "Eduardo", "Fernando", "Javier", "Andrés", "Ángel", "Víctor", "Julio", "Rubén", "Sergio",
			"Ricardo", "Daniel", "David", "Mario", "Félix", "Héctor", "Joaquín", "Ignacio", "Leonel", "Maikel",
			"Dayron", "Yordanis", "Osvaldo", "Alain", "Yosvany", "Dairon", "Erick", "Frank", "Yasiel", "Pável", "Arián",
			"Ismael", "Noel");

	static final Weighted ES_COMPOUND_M = Weighted.zipf("Juan Carlos", "José Luis", "Luis Alberto", "Juan Manuel",
			"José Antonio", "Miguel Ángel", "Carlos Manuel", "Jorge Luis", "José Ramón", "Luis Enrique", "Juan Pablo",
			"José María", "Lázaro Alberto", "Pedro Pablo", "Carlos Alberto");

	static final Weighted ES_GIVEN_F = Weighted.zipf("María", "Ana", "Carmen", "Rosa", "Isabel", "Elena", "Laura",
			"Marta", "Teresa", "Yamilé", "Yanet", "Yudith", "Yaima", "Dayana", "Daymí", "Lourdes", "Mercedes",
			"Dolores", "Beatriz", "Gloria", "Silvia", "Patricia", "Claudia", "Mónica", "Leticia", "Magalys", "Odalys",
			"Yusimí", "Arelis", "Niurka", "Idania", "Mayelín", "Yoandra", "Raquel", "Sonia", "Irene", "Belkis",
			"Liudmila", "Milagros", "Caridad", "Zoila", "Noemí", "Olga", "Inés", "Yuleisy", "Dianelys", "Yanelis",
			"Marisol", "Tania", "Lisandra");

	static final Weighted ES_COMPOUND_F = Weighted.zipf("María del Carmen", "María Elena", "Ana María", "María José",
			"Rosa María", "María de los Ángeles", "María Isabel", "María Teresa", "María Victoria", "Ana Isabel",
			"María Caridad", "María de la Caridad", "Luz María", "María Luisa", "Ana Belén");

	static final Weighted ES_SURNAME = Weighted.zipf("García", "Rodríguez", "González", "Fernández", "López",
			"Martínez", "Sánchez", "Pérez", "Hernández", "Díaz", "Gómez", "Martín", "Ruiz", "Álvarez", "Jiménez",
			"Moreno", "Romero", "Suárez", "Torres", "Ramírez", "Cruz", "Reyes", "Castro", "Ortiz", "Rubio", "Molina",
			"Delgado", "Morales", "Ramos", "Vázquez", "Castillo", "Gutiérrez", "Herrera", "Medina", "Aguilar", "Vega",
			"Cabrera", "Ríos", "Guerra", "Valdés", "Rojas", "Acosta", "Mesa", "Pupo", "Batista", "Cárdenas",
			"Betancourt", "Quintana", "Fonseca", "Leyva", "Almeida", "Espinosa", "Peña", "Núñez", "Muñoz", "Ibáñez",
			"Ordóñez", "Castañeda", "Montaño", "Zúñiga", "Toledo", "Marrero", "Sosa", "Figueroa", "Rosales", "Padrón",
			"Arias", "Santana", "Soto", "Ferrer", "Bravo", "Labrada", "Hidalgo", "Céspedes", "Agüero", "Oquendo",
			"Portuondo", "Sotolongo", "Echevarría", "Arencibia", "Villalobos", "Estrada", "Carrasco", "Calderón",
			"Pacheco", "Tamayo", "Lorenzo", "Sarmiento", "Rey", "Alonso", "Cuesta", "Barrios", "Chávez", "Navarro",
			"León", "Machado", "Serrano", "Blanco", "Duarte", "Carmona", "Ponce", "Osorio", "Salazar", "de la Cruz",
			"del Río", "de Armas", "de la Torre", "del Valle", "de León", "de la Paz", "Díaz-Canel", "Álvarez-Casas",
			"Pérez-Roque", "Montes de Oca", "Cañizares", "Villanueva", "Escalona", "Hechavarría", "Lamadrid", "Mora",
			"Nápoles", "Olivera", "Quesada", "Rivero", "Urquiza", "Zayas", "Baños", "Carreño", "Ortega", "Pineda",
			"Iglesias", "Cisneros", "Benítez", "Abreu", "Bermúdez", "Cordero", "Despaigne", "Fajardo", "Galindo",
			"Izquierdo", "Jorge", "Llanes", "Maceo", "Nieves", "Pozo", "Rondón", "Sierra", "Tejeda", "Viera", "Yero");

	private BenchPeople() {
	}

	static Person person(Random rnd, long serial) {
		boolean vietnamese = rnd.nextDouble() < 0.55;
		boolean female = rnd.nextBoolean();
		BirthDate birth = birth(rnd);
		if (vietnamese) {
			String family = VN_FAMILY.pick(rnd);
			List<String> middles = new ArrayList<>();
			middles.add((female ? VN_MIDDLE_F : VN_MIDDLE_M).pick(rnd));
			if (rnd.nextDouble() < 0.25) {
				String second = VN_SECOND_MIDDLE.pick(rnd);
				if (!middles.contains(second)) {
					middles.add(second);
				}
			}
			String given = (female ? VN_GIVEN_F : VN_GIVEN_M).pick(rnd);
			String nationality = rnd.nextDouble() < 0.05 ? "US" : "VN";
			String document = rnd.nextDouble() < 0.7 ? String.format("C%07d", serial % 10_000_000) : null;
			return new Person(true, family, middles, given, null, null, null, female, birth, nationality, document,
					List.of());
		}
		List<String> givens = new ArrayList<>();
		if (rnd.nextDouble() < 0.3) {
			givens.addAll(List.of((female ? ES_COMPOUND_F : ES_COMPOUND_M).pick(rnd).split(" ")));
		}
		else {
			givens.add((female ? ES_GIVEN_F : ES_GIVEN_M).pick(rnd));
		}
		String s1 = ES_SURNAME.pick(rnd);
		String s2 = ES_SURNAME.pick(rnd);
		String nationality = rnd.nextDouble() < 0.85 ? "CU" : "ES";
		String document = rnd.nextDouble() < 0.7 ? String.format("K%07d", serial % 10_000_000) : null;
		List<String> aliases = List.of();
		if (rnd.nextDouble() < 0.05) {
			aliases = List.of((female ? ES_GIVEN_F : ES_GIVEN_M).pick(rnd) + " " + s1);
		}
		return new Person(false, null, null, null, givens, s1, s2, female, birth, nationality, document, aliases);
	}

	/** 60% a full date, 25% a year only, 15% unknown; born 1950 to 2005. */
	static BirthDate birth(Random rnd) {
		double x = rnd.nextDouble();
		if (x < 0.15) {
			return null;
		}
		LocalDate day = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(56 * 365));
		return x < 0.75 ? BirthDate.on(day) : BirthDate.inYear(day.getYear());
	}

	/** A full date somewhere in the range (the day a traveller's passport shows). */
	static BirthDate dayWithin(Random rnd, BirthDate birth) {
		long span = birth.to().toEpochDay() - birth.from().toEpochDay();
		return BirthDate.on(birth.from().plusDays(span == 0 ? 0 : rnd.nextLong(span + 1)));
	}

}
