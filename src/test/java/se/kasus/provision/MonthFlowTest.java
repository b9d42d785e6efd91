package se.kasus.provision;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The month flow on H2. */
@SpringBootTest
@ActiveProfiles("test")
class MonthFlowTest extends MonthFlowTestBase {
}
