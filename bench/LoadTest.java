import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kasus load test: virtual caseworkers over real HTTP with real logins. Run as a single-file program, JDK only:
 *
 * <pre>
 * java bench/LoadTest.java --base http://127.0.0.1:18401[,http://127.0.0.1:18402] --users 50 --duration 120s \
 *     --warmup 20s --users-file target/generated-users.txt --out target/loadtest.json [--pid 12345[,12346]]
 * </pre>
 *
 * Each caseworker logs in through the login form (CSRF token, session cookie), then loops: inbox
 * ({@code GET /api/tasks}), the client file of a person in the inbox, a search by that person's personnummer, the
 * task screen ({@code GET /uppgifter/{id}}, the HTML page that carries the form and the CSRF token), completing the
 * task (utreda, förslag, beslut or delgivning) through the API the screen uses ({@code POST /api/tasks/{id}/complete}),
 * and the deadline view
 * ({@code GET /api/frister}). With {@code --html} it also loads the HTML pages {@code /inkorg}, {@code /personer/{id}}
 * and {@code /frister}. Requests alternate round-robin between the base URLs with the same session cookie.
 * Samples taken during the warm-up are dropped. {@code --rounds N} stops each caseworker after N rounds (for tests).
 * With {@code --pid}, the server's heap is sampled every second with {@code jcmd <pid> GC.heap_info} and the maximum
 * used is reported.
 */
public class LoadTest {

    static final List<String> PAGE_ORDER = List.of("inkorg", "klientakt", "sok", "uppgift", "slutfor", "frister",
            "inkorg-html", "klientakt-html", "frister-html", "login");

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<String> users = o.users();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        Stats stats = new Stats();
        long start = System.nanoTime();
        long warmupEnd = start + o.warmup.toNanos();
        long end = warmupEnd + o.duration.toNanos();
        HeapSampler heap = new HeapSampler(o.pids);
        heap.start();
        System.out.printf("Kasus load test: %d caseworkers, %s warm-up, %s measured, think %d ms, bases %s%n",
                o.vus, o.warmup, o.duration, o.thinkMillis, o.bases);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < o.vus; i++) {
            Caseworker vu = new Caseworker(i, users.get(i % users.size()), o, client, stats, warmupEnd, end);
            Thread t = new Thread(vu, "vu-" + i);
            threads.add(t);
            t.start();
            Thread.sleep(Math.min(100, o.warmup.toMillis() / Math.max(1, o.vus))); // spread the logins
        }
        for (Thread t : threads) {
            t.join();
        }
        heap.stop();
        // with --rounds the caseworkers may be done before the time is up
        double seconds = Math.max(1, Math.min(System.nanoTime(), end) - warmupEnd) / 1e9;
        Report report = new Report(o, stats, seconds, heap);
        System.out.print(report.table());
        if (o.out != null) {
            Path json = Path.of(o.out);
            if (json.getParent() != null) {
                Files.createDirectories(json.getParent());
            }
            Files.writeString(json, report.json());
            Path csv = Path.of(o.out.replaceAll("\\.json$", "") + ".csv");
            Files.writeString(csv, report.csv());
            System.out.println("Skrev " + json + " och " + csv);
        }
    }

    // ---- options ---------------------------------------------------------------------------------------------

    static final class Options {
        List<String> bases = List.of("http://127.0.0.1:8080");
        int vus = 10;
        Duration duration = Duration.ofSeconds(60);
        Duration warmup = Duration.ofSeconds(15);
        long thinkMillis = 0;
        String usersFile;
        List<String> userList = List.of("anna.handlaggare", "bertil.handlaggare");
        String password = "demo";
        String out = "target/loadtest.json";
        List<Long> pids = List.of();
        Duration timeout = Duration.ofSeconds(30);
        boolean html;
        int rounds;
        List<String> taskKeys = List.of("Task_Utreda", "Task_ForslagTillBeslut", "Task_FattaBeslut",
                "Task_RegistreraDelgivning");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--html")) {
                    o.html = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Värde saknas för " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--base" -> o.bases = List.of(v.split(","));
                    case "--users" -> o.vus = Integer.parseInt(v);
                    case "--duration" -> o.duration = duration(v);
                    case "--warmup" -> o.warmup = duration(v);
                    case "--think" -> o.thinkMillis = duration(v).toMillis();
                    case "--users-file" -> o.usersFile = v;
                    case "--user-list" -> o.userList = List.of(v.split(","));
                    case "--password" -> o.password = v;
                    case "--out" -> o.out = v;
                    case "--pid" -> o.pids = Arrays.stream(v.split(",")).map(Long::parseLong).toList();
                    case "--timeout" -> o.timeout = duration(v);
                    case "--rounds" -> o.rounds = Integer.parseInt(v);
                    case "--task-keys" -> o.taskKeys = List.of(v.split(","));
                    default -> throw new IllegalArgumentException("Okänt argument: " + a);
                }
            }
            return o;
        }

        /** "120s", "2m", "500ms" or plain seconds. */
        static Duration duration(String v) {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
        }

        /**
         * Usernames from {@code username,unit} lines, interleaved unit by unit so that N caseworkers spread over the
         * units (and their inboxes) instead of crowding the first unit's tasks.
         */
        List<String> users() throws IOException {
            if (usersFile == null) {
                return userList;
            }
            Map<String, List<String>> byUnit = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(usersFile))) {
                String[] parts = line.trim().split(",");
                if (parts[0].isBlank() || parts[0].startsWith("#") || parts[0].equals("username")) {
                    continue;
                }
                byUnit.computeIfAbsent(parts.length > 1 ? parts[1] : "", k -> new ArrayList<>()).add(parts[0]);
            }
            List<String> result = new ArrayList<>();
            for (int round = 0; result.size() < byUnit.values().stream().mapToInt(List::size).sum(); round++) {
                for (List<String> unit : byUnit.values()) {
                    if (round < unit.size()) {
                        result.add(unit.get(round));
                    }
                }
            }
            if (result.isEmpty()) {
                throw new IllegalArgumentException("Inga användare i " + usersFile);
            }
            return result;
        }
    }

    // ---- one virtual caseworker ------------------------------------------------------------------------------

    static final class Caseworker implements Runnable {
        private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private static final Pattern CSRF_HEADER_META = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

        private final int index;
        private final String username;
        private final Options o;
        private final HttpClient client;
        private final Stats stats;
        private final long warmupEnd;
        private final long end;
        private final Map<String, String> cookies = new HashMap<>();
        private long requestNumber;
        private String csrfToken;
        private String csrfHeader = "X-CSRF-TOKEN";

        Caseworker(int index, String username, Options o, HttpClient client, Stats stats, long warmupEnd, long end) {
            this.index = index;
            this.username = username;
            this.o = o;
            this.client = client;
            this.stats = stats;
            this.warmupEnd = warmupEnd;
            this.end = end;
            this.requestNumber = index;
        }

        @Override
        public void run() {
            // a load test keeps trying (a login may time out under load); a test run with --rounds gives up at once
            boolean in = false;
            for (int attempt = 0; !in && System.nanoTime() < end && (o.rounds == 0 || attempt < 1); attempt++) {
                in = login();
                if (!in) {
                    pause(1000);
                }
            }
            if (!in) {
                return;
            }
            for (int done = 0; System.nanoTime() < end && (o.rounds == 0 || done < o.rounds); done++) {
                try {
                    round();
                } catch (RuntimeException e) {
                    stats.note("fel i rundan: " + e);
                    pause(200);
                }
            }
        }

        private boolean login() {
            Result page = call("login", get("/login"), false);
            Matcher m = page.ok() ? CSRF_INPUT.matcher(page.body) : null;
            if (m == null || !m.find()) {
                stats.note(username + ": inloggningssidan saknar CSRF-token (status " + page.status + ")");
                return false;
            }
            String form = "username=" + enc(username) + "&password=" + enc(o.password) + "&_csrf=" + enc(m.group(1));
            Result posted = call("login", request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), true, true);
            String location = posted.location;
            if (posted.status != 302 || location == null || location.contains("error")) {
                stats.note(username + ": inloggningen misslyckades (status " + posted.status + ", " + location + ")");
                return false;
            }
            return true;
        }

        private void round() {
            Result inbox = call("inkorg", get("/api/tasks"), false);
            think();
            if (o.html) {
                call("inkorg-html", get("/inkorg"), false);
                think();
            }
            if (!inbox.ok()) {
                pause(200);
                return;
            }
            List<Object> items = (List<Object>) Json.parse(inbox.body);
            if (items.isEmpty()) {
                stats.note(username + ": tom inkorg");
                deadlines();
                pause(1000);
                return;
            }
            Map<String, Object> task = pickTask(items);
            Map<String, Object> item = task != null ? task : (Map<String, Object>) items.get(
                    ThreadLocalRandom.current().nextInt(items.size()));
            long personId = ((Number) item.get("personId")).longValue();
            clientFileAndSearch(personId);
            if (task == null) {
                stats.count("ingen-uppgift");
            } else {
                complete((String) task.get("taskId"), (String) task.get("taskKey"));
            }
            deadlines();
        }

        /**
         * A random open task of the inbox at one of the steps a handläggare takes a case through (utreda, förslag,
         * beslut within the delegation, delgivning), not held by a colleague: random, so caseworkers of one unit seldom
         * pick the same; all four, because each completed step comes back as the next one, with a due date, and those
         * would otherwise fill the inbox's first 200 tasks and leave nothing to complete.
         */
        private Map<String, Object> pickTask(List<Object> items) {
            List<Map<String, Object>> open = new ArrayList<>();
            for (Object o1 : items) {
                Map<String, Object> it = (Map<String, Object>) o1;
                Object assignee = it.get("assignee");
                if (o.taskKeys.contains(it.get("taskKey")) && (assignee == null || username.equals(assignee))) {
                    open.add(it);
                }
            }
            return open.isEmpty() ? null : open.get(ThreadLocalRandom.current().nextInt(open.size()));
        }

        private void clientFileAndSearch(long personId) {
            Result file = call("klientakt", get("/api/persons/" + personId + "/file"), false);
            think();
            if (o.html) {
                call("klientakt-html", get("/personer/" + personId), false);
                think();
            }
            if (!file.ok()) {
                return;
            }
            Map<String, Object> person = (Map<String, Object>) ((Map<String, Object>) Json.parse(file.body)).get("person");
            Object pnr = person == null ? null : person.get("personnummer");
            if (pnr instanceof String s && s.matches("[0-9-+]{10,13}")) {
                call("sok", get("/api/persons?personnummer=" + enc(s)), false);
                think();
            }
        }

        /** Values valid for the task's form (forms/aldreomsorg/*.form) and for the step's own rules. */
        static String formValues(String taskKey) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            if (taskKey.equals("Task_FattaBeslut")) {
                return "{\"beslut\":\"GODKANN\",\"kommentar\":\"Beslutar enligt förslaget.\"}";
            }
            if (taskKey.equals("Task_RegistreraDelgivning")) {
                return "{\"delgivningsdatum\":\"" + today + "\",\"delgivningssatt\":\"BREV\"}";
            }
            if (taskKey.equals("Task_ForslagTillBeslut")) {
                return "{\"utfall\":\"BIFALL\",\"insatstyp\":\"HEMTJANST\",\"omfattningTimmar\":20,"
                        + "\"startdatum\":\"" + today.plusDays(7) + "\",\"uppfoljningsdatum\":\"" + today.plusMonths(6)
                        + "\",\"motivering\":\"Behovet av hjälp i hemmet kan inte tillgodoses på annat sätt.\","
                        + "\"lagrum\":\"SoL (2025:400) 11 kap. 1 §\"}";
            }
            return "{\"ansoktInsats\":\"HEMTJANST\",\"behovPersonligOmvardnad\":\"Behöver hjälp med dusch.\","
                    + "\"enskildesUppfattning\":\"Vill bo kvar hemma med stöd.\","
                    + "\"bedomning\":\"Behovet kan tillgodoses genom hemtjänst.\",\"behoverKomplettering\":false}";
        }

        private void complete(String taskId, String taskKey) {
            Result page = call("uppgift", get("/uppgifter/" + taskId), false);
            think();
            if (!page.ok()) {
                return;
            }
            Matcher token = CSRF_META.matcher(page.body);
            Matcher header = CSRF_HEADER_META.matcher(page.body);
            if (!token.find()) {
                stats.note(username + ": uppgiftssidan saknar CSRF-token");
                return;
            }
            csrfToken = token.group(1);
            if (header.find()) {
                csrfHeader = header.group(1);
            }
            String body = formValues(taskKey);
            Result done = call("slutfor", request("/api/tasks/" + taskId + "/complete").header("Content-Type", "application/json")
                    .header("Accept", "application/json").header(csrfHeader, csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(body)), false);
            if (done.ok() && System.nanoTime() >= warmupEnd) {
                stats.count("slutfört " + taskKey);
            }
            think();
        }

        private void deadlines() {
            call("frister", get("/api/frister"), false);
            think();
            if (o.html) {
                call("frister-html", get("/frister"), false);
                think();
            }
        }

        private HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        private HttpRequest.Builder request(String path) {
            String base = o.bases.get((int) (requestNumber++ % o.bases.size()));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(o.timeout);
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", c.toString());
            }
            return b;
        }

        private Result call(String page, HttpRequest.Builder builder, boolean redirectIsOk) {
            return call(page, builder, redirectIsOk, false);
        }

        /** Sends, keeps the cookies, and records the latency unless it fell in the warm-up. */
        private Result call(String page, HttpRequest.Builder builder, boolean redirectIsOk, boolean always) {
            long t0 = System.nanoTime();
            Result r;
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                keepCookies(response);
                r = new Result(response.statusCode(), response.body(),
                        response.headers().firstValue("Location").orElse(null), null);
            } catch (HttpTimeoutException e) {
                r = new Result(0, "", null, "timeout");
            } catch (IOException e) {
                r = new Result(0, "", null, "io:" + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                r = new Result(0, "", null, "avbruten");
            }
            long t1 = System.nanoTime();
            boolean success = r.ok() || (redirectIsOk && r.status == 302);
            if ((t0 >= warmupEnd && t1 <= end) || (always && page.equals("login"))) {
                stats.record(page, t1 - t0, success ? null : (r.error != null ? r.error : String.valueOf(r.status)));
            }
            if (!success && stats.noteOnce(page + ":" + r.status)) {
                stats.note(username + " " + page + " -> " + (r.error != null ? r.error : r.status) + " "
                        + r.body.substring(0, Math.min(200, r.body.length())).replace('\n', ' '));
            }
            return r;
        }

        private void keepCookies(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }

        private void think() {
            if (o.thinkMillis > 0) {
                pause(o.thinkMillis);
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    record Result(int status, String body, String location, String error) {
        boolean ok() {
            return error == null && status >= 200 && status < 300;
        }
    }

    // ---- statistics ------------------------------------------------------------------------------------------

    static final class Stats {
        final Map<String, Samples> pages = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
        final List<String> notes = new ArrayList<>();
        private final Map<String, Boolean> noted = new ConcurrentHashMap<>();

        void record(String page, long nanos, String error) {
            pages.computeIfAbsent(page, k -> new Samples()).add(nanos, error);
        }

        void count(String name) {
            counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
        }

        boolean noteOnce(String key) {
            return noted.putIfAbsent(key, true) == null;
        }

        synchronized void note(String text) {
            if (notes.size() < 50) {
                notes.add(text);
                System.err.println("  ! " + text);
            }
        }
    }

    static final class Samples {
        private long[] nanos = new long[1024];
        private int n;
        final Map<String, Long> errors = new TreeMap<>();

        synchronized void add(long value, String error) {
            if (error != null) {
                errors.merge(error, 1L, Long::sum);
                return;
            }
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, n);
            Arrays.sort(copy);
            return copy;
        }

        synchronized long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Nearest-rank percentile of successful requests, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    // ---- heap ------------------------------------------------------------------------------------------------

    /** Samples the servers' used heap with jcmd once a second; the report carries the maximum per process. */
    static final class HeapSampler {
        private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");
        private final List<Long> pids;
        final Map<Long, Long> maxUsedKb = new ConcurrentHashMap<>();
        final Map<Long, Long> samples = new ConcurrentHashMap<>();
        private volatile boolean running = true;
        private Thread thread;

        HeapSampler(List<Long> pids) {
            this.pids = pids;
        }

        void start() {
            if (pids.isEmpty()) {
                return;
            }
            thread = new Thread(() -> {
                while (running) {
                    for (long pid : pids) {
                        sample(pid);
                    }
                    Caseworker.pause(1000);
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample(long pid) {
            try {
                Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                Matcher m = USED.matcher(out);
                long used = 0;
                boolean found = false;
                while (m.find()) { // G1 prints one heap line, Serial and Parallel one per generation
                    used += Long.parseLong(m.group(1));
                    found = true;
                }
                if (found) {
                    maxUsedKb.merge(pid, used, Math::max);
                    samples.merge(pid, 1L, Long::sum);
                }
            } catch (IOException | InterruptedException e) {
                // a missed sample only lowers the sample count, which the report shows
            }
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join(5000);
            }
        }
    }

    // ---- report ----------------------------------------------------------------------------------------------

    record Row(String page, long count, long errors, Map<String, Long> errorsByKind, double p50, double p95,
            double p99, double max, double mean, double perSecond) {
    }

    static final class Report {
        final Options o;
        final Stats stats;
        final double seconds;
        final HeapSampler heap;
        final List<Row> rows = new ArrayList<>();

        Report(Options o, Stats stats, double seconds, HeapSampler heap) {
            this.o = o;
            this.stats = stats;
            this.seconds = seconds;
            this.heap = heap;
            List<String> names = new ArrayList<>(PAGE_ORDER);
            stats.pages.keySet().stream().filter(k -> !names.contains(k)).sorted().forEach(names::add);
            for (String name : names) {
                Samples s = stats.pages.get(name);
                if (s == null) {
                    continue;
                }
                long[] sorted = s.sorted();
                double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
                rows.add(new Row(name, sorted.length, s.errorCount(), new TreeMap<>(s.errors), percentile(sorted, 50),
                        percentile(sorted, 95), percentile(sorted, 99),
                        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, mean,
                        name.equals("login") ? Double.NaN : sorted.length / seconds));
            }
        }

        long total() {
            return rows.stream().filter(r -> !r.page.equals("login")).mapToLong(Row::count).sum();
        }

        long totalErrors() {
            return rows.stream().filter(r -> !r.page.equals("login")).mapToLong(Row::errors).sum();
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%n%-15s %8s %7s %9s %9s %9s %9s %9s  %s%n", "sida", "antal", "fel", "p50 ms",
                    "p95 ms", "p99 ms", "max ms", "per s", "fel per slag"));
            for (Row r : rows) {
                b.append(String.format("%-15s %8d %7d %9.1f %9.1f %9.1f %9.1f %9.2f  %s%n", r.page, r.count, r.errors,
                        r.p50, r.p95, r.p99, r.max, r.perSecond, r.errorsByKind.isEmpty() ? "" : r.errorsByKind));
            }
            b.append(String.format("%nAlla sidor: %d lyckade anrop, %d fel, %.1f anrop/s över %.0f s mätt tid%n",
                    total(), totalErrors(), total() / seconds, seconds));
            stats.counters.forEach((k, v) -> b.append(k).append(": ").append(v.get()).append('\n'));
            heap.maxUsedKb.forEach((pid, kb) -> b.append(String.format("Heap, process %d: max använt %.0f MB (%d prov)%n",
                    pid, kb / 1024.0, heap.samples.get(pid))));
            return b.toString();
        }

        String json() {
            StringBuilder b = new StringBuilder("{\n");
            b.append("  \"at\": \"").append(Instant.now()).append("\",\n");
            b.append("  \"bases\": ").append(strings(o.bases)).append(",\n");
            b.append("  \"caseworkers\": ").append(o.vus).append(",\n");
            b.append("  \"warmupSeconds\": ").append(o.warmup.toSeconds()).append(",\n");
            b.append("  \"measuredSeconds\": ").append(num(seconds)).append(",\n");
            b.append("  \"thinkMillis\": ").append(o.thinkMillis).append(",\n");
            b.append("  \"requests\": ").append(total()).append(",\n");
            b.append("  \"errors\": ").append(totalErrors()).append(",\n");
            b.append("  \"requestsPerSecond\": ").append(num(total() / seconds)).append(",\n");
            b.append("  \"pages\": [\n");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                b.append("    {\"page\": \"").append(r.page).append("\", \"count\": ").append(r.count)
                        .append(", \"errors\": ").append(r.errors).append(", \"errorsByKind\": ")
                        .append(map(r.errorsByKind)).append(", \"p50Ms\": ").append(num(r.p50))
                        .append(", \"p95Ms\": ").append(num(r.p95)).append(", \"p99Ms\": ").append(num(r.p99))
                        .append(", \"maxMs\": ").append(num(r.max)).append(", \"meanMs\": ").append(num(r.mean))
                        .append(", \"perSecond\": ").append(num(r.perSecond)).append('}')
                        .append(i + 1 < rows.size() ? ",\n" : "\n");
            }
            b.append("  ],\n  \"counters\": {");
            List<String> counters = new ArrayList<>();
            stats.counters.forEach((k, v) -> counters.add("\"" + k + "\": " + v.get()));
            b.append(String.join(", ", counters)).append("},\n  \"heapMaxUsedMb\": {");
            List<String> heaps = new ArrayList<>();
            heap.maxUsedKb.forEach((pid, kb) -> heaps.add("\"" + pid + "\": " + num(kb / 1024.0)));
            b.append(String.join(", ", heaps)).append("},\n  \"notes\": ");
            synchronized (stats) {
                b.append(strings(stats.notes));
            }
            return b.append("\n}\n").toString();
        }

        String csv() {
            StringBuilder b = new StringBuilder("page,count,errors,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,per_second,errors_by_kind\n");
            for (Row r : rows) {
                b.append(String.join(",", r.page, String.valueOf(r.count), String.valueOf(r.errors), num(r.p50),
                        num(r.p95), num(r.p99), num(r.max), num(r.mean), num(r.perSecond),
                        "\"" + r.errorsByKind.toString().replace("\"", "'") + "\"")).append('\n');
            }
            return b.toString();
        }

        private static String num(double d) {
            return Double.isNaN(d) ? "null" : String.format(java.util.Locale.ROOT, "%.2f", d);
        }

        private static String map(Map<String, Long> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add("\"" + esc(k) + "\": " + v));
            return "{" + String.join(", ", parts) + "}";
        }

        private static String strings(List<String> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(s -> parts.add("\"" + esc(s) + "\""));
            return "[" + String.join(", ", parts) + "]";
        }

        private static String esc(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    // ---- a small JSON reader (the program must run with the JDK alone) ---------------------------------------

    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object value = j.value();
            return value;
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            skip();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                skip();
                String key = string();
                skip();
                i++; // ':'
                m.put(key, value());
                skip();
                if (s.charAt(i++) == '}') {
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            skip();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                skip();
                if (s.charAt(i++) == ']') {
                    return l;
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private Number number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
