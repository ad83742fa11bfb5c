package vn.langso.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up but realistic province: commune and village names built from common Vietnamese and Tày place-name
 * syllables, deterministic for a given seed. Scale 1 gives 12 communes; scale n gives 12n − 8 communes (scale 9:
 * 100 communes). A commune has {@code villagesPerCommune} ± 4 villages (10 by default: 6–14).
 */
record DemoProvince(String name, String code, List<Commune> communes) {

    record Commune(String typeCode, String name, String code, List<Village> villages) {
    }

    record Village(String typeCode, String name, String code) {
    }

    private static final String[] COMMUNE_FIRST = {"Tân", "Minh", "Hòa", "Yên", "Phúc", "Thái", "Bình", "Kim",
            "Đồng", "Trung", "Hùng", "Xuân", "Vĩnh", "Thượng", "Lâm", "Hồng", "Phù", "Mỹ", "Quang", "Sơn"};
    private static final String[] COMMUNE_SECOND = {"Lập", "Thanh", "Phú", "Sơn", "Long", "An", "Quý", "Bình",
            "Xuân", "Hà", "Lợi", "Tiến", "Thịnh", "Hưng", "Đức", "Khánh", "Lộc", "Mỹ", "Hải", "Trường"};
    private static final String[] VILLAGE_TAY = {"Nà Héc", "Nà Khá", "Nà Pài", "Khuổi Phầy", "Nà Mò", "Pác Ban",
            "Cốc Phát", "Nặm Đăm", "Lũng Vài", "Phiêng Luông", "Nà Lùng", "Khuổi Củng", "Bó Củng", "Pắc Cáp"};
    private static final String[] VILLAGE_KINH = {"Đồng Tâm", "Tân Tiến", "Cầu Mới", "Làng Chùa", "Đoàn Kết",
            "Bình Minh", "Tân Lập", "Gốc Gạo", "Đồng Bầu", "Hợp Thành", "Soi Đúng", "Cây Thị", "Làng Mới", "Ao Sen"};

    static DemoProvince generate(long seed, int scale, int villagesPerCommune) {
        Random random = new Random(seed);
        int communeCount = Math.max(1, 12 * scale - (scale > 1 ? 8 : 0));
        List<Commune> communes = new ArrayList<>();
        java.util.Set<String> usedNames = new java.util.HashSet<>();
        for (int c = 0; c < communeCount; c++) {
            String typeCode = c % 15 == 4 ? "WARD" : "COMMUNE";
            String baseName = uniqueName(random, usedNames, COMMUNE_FIRST, COMMUNE_SECOND);
            String code = String.format("%05d", 8000 + c);
            int villageCount = Math.max(1, villagesPerCommune - 4) + random.nextInt(9);
            List<Village> villages = new ArrayList<>();
            java.util.Set<String> villageNames = new java.util.HashSet<>();
            for (int v = 0; v < villageCount; v++) {
                String villageType;
                String villageName;
                if ("WARD".equals(typeCode)) {
                    villageType = "RESIDENTIAL_GROUP";
                    villageName = "Tổ dân phố " + (v + 1);
                } else {
                    boolean tay = random.nextInt(3) > 0;
                    villageType = tay && random.nextBoolean() ? "HAMLET" : "VILLAGE";
                    String[] pool = tay ? VILLAGE_TAY : VILLAGE_KINH;
                    villageName = pool[random.nextInt(pool.length)];
                    if (!villageNames.add(villageName)) {
                        villageName = villageName + " " + (v + 1);
                    }
                }
                villages.add(new Village(villageType, villageName, code + "-" + String.format("%02d", v + 1)));
            }
            communes.add(new Commune(typeCode, baseName, code, villages));
        }
        return new DemoProvince("Tuyên Quang", "08", communes);
    }

    private static String uniqueName(Random random, java.util.Set<String> used, String[] first, String[] second) {
        for (int attempt = 0; ; attempt++) {
            String name = first[random.nextInt(first.length)] + " " + second[random.nextInt(second.length)];
            if (attempt > 50) {
                name = name + " " + attempt;
            }
            if (!name.endsWith(name.substring(0, name.indexOf(' '))) && used.add(name)) {
                return name;
            }
        }
    }
}
