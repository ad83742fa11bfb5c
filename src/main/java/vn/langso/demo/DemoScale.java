package vn.langso.demo;

/**
 * How big the demo province is. {@code scale} gives the communes (12 at scale 1, 100 at scale 9), the rest are
 * averages per place, and learners and completions are totals for the province (0: a third of the households
 * learn, 10 completions for every 3 learners). The defaults make the small demo; README's demo section has the
 * settings of a whole province.
 */
record DemoScale(int scale, int villagesPerCommune, int largestVillageTeam, int householdsPerVillage, int learners,
        int completions) {

    DemoScale {
        if (scale < 1 || villagesPerCommune < 1 || largestVillageTeam < 3 || householdsPerVillage < 2
                || learners < 0 || completions < 0) {
            throw new IllegalArgumentException("Not a demo scale: " + this);
        }
    }

    /** 3 to {@code largestVillageTeam} members (the guidance is at most 5; teams do go over it). */
    int villageTeamSize(java.util.Random random) {
        return 3 + random.nextInt(largestVillageTeam - 2);
    }

    /** Half to one and a half times the average. */
    int householdsIn(java.util.Random random) {
        return householdsPerVillage / 2 + random.nextInt(householdsPerVillage + 1);
    }

    int learnersFor(long households) {
        return learners > 0 ? learners : (int) Math.max(1, households / 3);
    }

    long completionsFor(int learnerCount) {
        return completions > 0 ? completions : learnerCount * 10L / 3;
    }
}
