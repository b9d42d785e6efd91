package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/**
 * Ärendehistorik in a real browser (Debian's headless Chromium): the revisor logs in, opens a case's history, and
 * bpmn-js draws the process diagram with the path marked, under Kasus's strict Content-Security-Policy (no inline
 * script or style) without a single violation in the browser's log.
 *
 * <p>Without Chromium the test is skipped with a message, except in CI ({@code CI=true}), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseHistoryBrowserIT {

    private static final String CASEWORKER = "handlaggare.norr";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Workflow workflow;
    @Autowired Clock clock;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theRevisorSeesTheDiagramWithThePathTaken_underTheStrictCsp() {
        org.ensure();
        long caseId = investigatedCase();

        logIn("revisor");
        browser.get(url("/revision/arenden/" + caseId));
        waitFor(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("replay-canvas")),
                "data-rendered"), "the diagram drawn by bpmn-js");

        assertThat(classesOf("Task_Utreda")).contains("replay-done");
        assertThat(classesOf("Flow_Utreda_Komplettering")).contains("replay-taken");
        assertThat(classesOf("Task_ForslagTillBeslut")).contains("replay-active").doesNotContain("replay-done");
        assertThat(classesOf("Task_InhamtaKomplettering")).doesNotContain("replay-done", "replay-active");
        assertThat(classesOf("Flow_Komplettering_InhamtaKomplettering")).doesNotContain("replay-taken");
        assertThat(browser.findElement(By.id("diagram-title")).getText())
                .isEqualTo("Bistånd inom äldreomsorgen (SoL), version 1");
        assertThat(browser.findElement(By.id("tidslinje")).getText()).contains("Utreda behov", "Slutförd av");

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(violations).as("CSP violations in the browser's log").isEmpty();
    }

    private long investigatedCase() {
        PersonView person = org.newPerson();
        long caseId = org.as(CASEWORKER, () -> intake.registerApplication(new NewApplication(person.id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        WorkTask utreda = workflow.tasksOfCase(caseId).get(0);
        org.as(CASEWORKER, () -> work.complete(utreda.id(), Map.of("ansoktInsats", "HEMTJANST",
                "behovPersonligOmvardnad", "Stöd vid dusch.", "enskildesUppfattning", "Vill bo kvar hemma.",
                "bedomning", "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", false)));
        return caseId;
    }

    private void logIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(TestOrganisation.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")), "the first page after login");
    }

    /** The classes bpmn-js gave the element's graphics: the markers the page added. */
    private String classesOf(String elementId) {
        return browser.findElement(By.cssSelector("#replay-canvas [data-element-id='" + elementId + "']"))
                .getAttribute("class");
    }

    private <T> T waitFor(ExpectedCondition<T> condition, String what) {
        try {
            return new WebDriverWait(browser, WAIT).until(condition);
        } catch (TimeoutException e) {
            String page = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
            throw new AssertionError("Väntade förgäves på " + what + " på " + browser.getCurrentUrl()
                    + ". Sidan visar:\n" + page, e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
