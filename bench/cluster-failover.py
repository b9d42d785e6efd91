#!/usr/bin/env python3
"""Load on a Kasus cluster while one node is killed: registers ansökningar and completes their first task (Utreda),
alternating between the nodes, each worker with one session that both nodes serve. At --kill-after seconds it runs
--kill (kill -9 of one node) and goes on with the nodes that still answer. Every write that got a 2xx is written
to --out, then checked against the database: it must be there, whole.

  bench/cluster-failover.py --nodes http://127.0.0.1:18081,http://127.0.0.1:18082 --seconds 60 --kill-after 20 \
      --kill "bench/cluster.sh kill 18082" --db kasus_cluster_failover
"""
import argparse, http.client, http.cookiejar, json, re, subprocess, sys, threading, time, urllib.error, urllib.request
from datetime import date

INVESTIGATION = {"ansoktInsats": "HEMTJANST", "behovPersonligOmvardnad": "Stöd vid dusch.",
                 "enskildesUppfattning": "Vill bo kvar hemma.", "bedomning": "Behovet kan inte tillgodoses på annat sätt.",
                 "behoverKomplettering": False}


class Cluster:
    def __init__(self, nodes):
        self.nodes, self.dead, self.turn, self.lock = list(nodes), set(), 0, threading.Lock()

    def next(self):
        with self.lock:
            alive = [n for n in self.nodes if n not in self.dead]
            if not alive:
                raise SystemExit("every node is down")
            self.turn += 1
            return alive[self.turn % len(alive)]

    def down(self, node):
        with self.lock:
            if node not in self.dead:
                self.dead.add(node)
                print(f"  {time.strftime('%H:%M:%S')} {node} does not answer: now only the others", flush=True)


class Worker(threading.Thread):
    def __init__(self, cluster, args, stats, persons):
        super().__init__(daemon=True)
        self.cluster, self.args, self.stats, self.persons = cluster, args, stats, persons
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.token, self.pending = None, []

    def login(self):
        node = self.cluster.next()
        page = self.http.open(node + "/login", timeout=30).read().decode()
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        data = f"username={self.args.user}&password={self.args.password}&_csrf={csrf}".encode()
        try:
            self.http.open(urllib.request.Request(node + "/login", data=data), timeout=30)
        except urllib.error.HTTPError as e:
            if e.code != 302 or "error" in e.headers.get("Location", ""):
                raise
        page = self.http.open(node + "/inkorg", timeout=30).read().decode()
        self.token = re.search(r'name="_csrf" content="([^"]+)"', page).group(1)

    def call(self, node, method, path, body=None):
        request = urllib.request.Request(node + path, method=method, data=None if body is None else
                                         json.dumps(body).encode(), headers={"Content-Type": "application/json",
                                                                             "X-CSRF-TOKEN": self.token})
        try:
            with self.http.open(request, timeout=60) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def run(self):
        self.login()
        end = self.args.start + self.args.seconds
        n = 0
        while time.time() < end:
            node = self.cluster.next()
            n += 1
            try:
                if n % 2 == 1 or not self.pending:
                    self.register(node)
                else:
                    self.complete(node)
            except (urllib.error.URLError, ConnectionError, http.client.HTTPException, TimeoutError, OSError) as e:
                self.stats.add("no answer (node gone)")
                if isinstance(e, ConnectionRefusedError) or "refused" in str(e).lower():
                    self.cluster.down(node)

    def register(self, node):
        person = self.persons[hash(self.name) % len(self.persons)]
        status, body = self.call(node, "POST", "/api/cases", {"personId": person, "receivedDate": str(date.today()),
                                                              "requestedService": "HEMTJANST"})
        self.stats.add(f"ansökan {status}")
        if status == 201:
            case_id = json.loads(body)["id"]
            self.stats.acked_case(case_id)
            self.pending.append((case_id, person))

    def complete(self, node):
        case_id, person = self.pending.pop(0)
        status, body = self.call(node, "GET", f"/api/persons/{person}/file")
        if status != 200:
            self.stats.add(f"klientakt {status}")
            return
        tasks = [t for c in json.loads(body)["cases"] if c["caseView"]["id"] == case_id for t in c["openTasks"]]
        if not tasks:
            self.stats.add("no open task")
            return
        status, _ = self.call(node, "POST", f"/api/tasks/{tasks[0]['taskId']}/complete", INVESTIGATION)
        self.stats.add(f"utreda {status}")
        if status == 200:
            self.stats.acked_completion(case_id)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Stats:
    def __init__(self):
        self.lock, self.counts, self.cases, self.completions = threading.Lock(), {}, [], []

    def add(self, what):
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + 1

    def acked_case(self, case_id):
        with self.lock:
            self.cases.append(case_id)

    def acked_completion(self, case_id):
        with self.lock:
            self.completions.append(case_id)


def psql(db, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qtAc", sql], check=True,
                         capture_output=True, text=True).stdout.strip()
    return int(out or 0)


def verify(db, stats):
    cases = ",".join(map(str, stats.cases)) or "0"
    done = ",".join(map(str, stats.completions)) or "0"
    keys = ",".join(f"'{c}'" for c in stats.completions) or "'0'"
    found = psql(db, f"select count(*) from kasus_case where id in ({cases})")
    with_record = psql(db, f"select count(distinct case_id) from investigation where case_id in ({done})")
    with_task = psql(db, f"""select count(distinct p.business_key_) from act_hi_taskinst t
        join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_Utreda'
        and t.delete_reason_ = 'completed' and p.business_key_ in ({keys})""")
    print(f"acknowledged ansökningar: {len(stats.cases)}, in the database: {found}")
    print(f"acknowledged completions: {len(stats.completions)}, with their utredning: {with_record}, "
          f"with the completed task in history: {with_task}")
    return found == len(stats.cases) and with_record == with_task == len(stats.completions)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--nodes", required=True)
    p.add_argument("--seconds", type=int, default=60)
    p.add_argument("--kill-after", type=int, default=20)
    p.add_argument("--kill", default="")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--user", default="anna.handlaggare")
    p.add_argument("--password", default="demo")
    p.add_argument("--db", required=True)
    p.add_argument("--out", default="target/cluster/acknowledged.json")
    args = p.parse_args()
    cluster, stats = Cluster(args.nodes.split(",")), Stats()
    persons = [int(x) for x in subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", args.db, "-qtAc",
        "select distinct person_id from kasus_case c join kasus_user u on u.unit_id = c.unit_id "
        f"where u.username = '{args.user}' limit 20"], check=True, capture_output=True, text=True).stdout.split()]
    args.start = time.time()
    workers = [Worker(cluster, args, stats, persons) for _ in range(args.workers)]
    for w in workers:
        w.start()
    if args.kill:
        time.sleep(args.kill_after)
        print(f"  {time.strftime('%H:%M:%S')} after {args.kill_after} s: {args.kill}", flush=True)
        subprocess.run(args.kill, shell=True, check=True)
    for w in workers:
        w.join()
    print(json.dumps(stats.counts, indent=1, ensure_ascii=False, sort_keys=True))
    with open(args.out, "w") as f:
        json.dump({"cases": stats.cases, "completions": stats.completions, "counts": stats.counts}, f)
    ok = verify(args.db, stats)
    print("every acknowledged write is whole in the database" if ok else "ACKNOWLEDGED WRITES MISSING")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
