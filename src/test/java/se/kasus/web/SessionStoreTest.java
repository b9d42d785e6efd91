package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two requests of one session that each add the same attribute, as two tabs, htmx requests or two nodes do: both
 * saves succeed and the later one's value stays (Spring Session's plain INSERT would fail the second).
 */
@SpringBootTest
@ActiveProfiles("test")
public class SessionStoreTest {

    @Autowired JdbcIndexedSessionRepository sessions;

    @Test
    void twoCopiesOfASessionAddingTheSameAttributeBothSave() {
        addTheSameAttributeFromTwoCopies(sessions, sessions);
    }

    /** Also used by the cluster test, with one node's repository for each copy. */
    public static void addTheSameAttributeFromTwoCopies(JdbcIndexedSessionRepository firstNode,
            JdbcIndexedSessionRepository secondNode) {
        SessionRepository<Session> first = asSessions(firstNode);
        SessionRepository<Session> second = asSessions(secondNode);
        Session session = first.createSession();
        first.save(session);
        Session one = first.findById(session.getId());
        Session other = second.findById(session.getId());
        one.setAttribute("kasus.test", "första");
        first.save(one);
        other.setAttribute("kasus.test", "andra");
        second.save(other);
        assertThat((String) first.findById(session.getId()).getAttribute("kasus.test")).isEqualTo("andra");
        first.deleteById(session.getId());
    }

    /** The repository's own session type is not public; its interface is all a request uses. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static SessionRepository<Session> asSessions(JdbcIndexedSessionRepository repository) {
        return (SessionRepository) repository;
    }
}
