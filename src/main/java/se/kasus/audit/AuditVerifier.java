package se.kasus.audit;

import java.util.List;
import java.util.Optional;

/**
 * Walks the chain in id order, one page at a time, so that millions of entries never sit in memory together.
 *
 * <p>The head is read first and only entries up to it are walked: entries appended meanwhile belong to a later
 * verification, and every entry up to the head was committed together with it.
 */
final class AuditVerifier {

    private final AuditStore store;
    private final int pageSize;

    AuditVerifier(AuditStore store, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.store = store;
        this.pageSize = pageSize;
    }

    AuditVerification verify() {
        Optional<AuditStore.Head> head = store.readHead();
        if (head.isEmpty()) {
            return AuditVerification.broken(0, null, "Kedjans huvudpost saknas.");
        }
        ChainWalk walk = new ChainWalk();
        return walkEntries(walk, head.get().lastId())
                .or(() -> walk.end(head.get()))
                .or(() -> entryOutsideChain(head.get().lastId(), walk.checked))
                .orElseGet(() -> AuditVerification.intactAfter(walk.checked));
    }

    private Optional<AuditVerification> walkEntries(ChainWalk walk, long upToId) {
        long afterId = 0;
        List<ChainEntry> page;
        do {
            page = store.page(afterId, upToId, pageSize);
            for (ChainEntry entry : page) {
                Optional<AuditVerification> problem = walk.step(entry);
                if (problem.isPresent()) {
                    return problem;
                }
                afterId = entry.id();
            }
        } while (page.size() == pageSize);
        return Optional.empty();
    }

    /**
     * A row beyond the head that the head, read again now, still does not cover was not appended through the chain:
     * a real append commits its rows and the head's move together.
     */
    private Optional<AuditVerification> entryOutsideChain(long headLastId, long checked) {
        Optional<Long> beyond = store.firstIdAfter(headLastId);
        if (beyond.isEmpty()) {
            return Optional.empty();
        }
        long currentLastId = store.readHead().map(AuditStore.Head::lastId).orElse(headLastId);
        if (beyond.get() <= currentLastId) {
            return Optional.empty();
        }
        return Optional.of(AuditVerification.broken(checked, beyond.get(),
                "Posten %d har lagts till utanför kedjan.".formatted(beyond.get())));
    }

    /** Where the walk has come to: the id and previous hash the next entry must have. */
    private static final class ChainWalk {
        private long expectedId = 1;
        private String prevHash = ChainEntry.GENESIS_HASH;
        private long checked;

        /**
         * Checks in the order that names the right entry: a gap first (the missing id), then the link to the
         * previous entry (an entry moved here), then the entry's own content.
         */
        Optional<AuditVerification> step(ChainEntry entry) {
            checked++;
            if (entry.id() != expectedId) {
                return broken(expectedId, "Posten %d saknas eller har flyttats.");
            }
            if (!entry.prevHash().equals(prevHash)) {
                return broken(entry.id(), "Posten %d hänger inte ihop med posten före: poster har flyttats eller bytts ut.");
            }
            if (!entry.hash().equals(entry.recomputeHash())) {
                return broken(entry.id(), "Posten %d har ändrats.");
            }
            expectedId++;
            prevHash = entry.hash();
            return Optional.empty();
        }

        /** The head names the last entry: deleting the newest entries leaves no gap, but falls short of it. */
        Optional<AuditVerification> end(AuditStore.Head head) {
            long lastId = expectedId - 1;
            long missing = head.lastId() - lastId;
            if (missing == 1) {
                return broken(lastId + 1, "Den sista posten saknas.");
            }
            if (missing > 1) {
                return Optional.of(AuditVerification.broken(checked, lastId + 1,
                        "De sista %d posterna saknas (%d–%d).".formatted(missing, lastId + 1, head.lastId())));
            }
            if (!prevHash.equals(head.lastHash())) {
                return lastId == 0
                        ? Optional.of(AuditVerification.broken(checked, null, "Kedjans huvudpost har ändrats."))
                        : broken(lastId, "Den sista posten (%d) har ändrats.");
            }
            return Optional.empty();
        }

        private Optional<AuditVerification> broken(long entryId, String problemFormat) {
            return Optional.of(AuditVerification.broken(checked, entryId, problemFormat.formatted(entryId)));
        }
    }
}
