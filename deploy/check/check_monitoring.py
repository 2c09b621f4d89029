"""Offline checks of the monitoring material (run by scripts/check-deploy.sh after check_deploy.py).

Usage: check_monitoring.py REPO_ROOT RENDERED_K8S_YAML RENDERED_MONITORING_YAML PROMTOOL
       check_monitoring.py REPO_ROOT --write-prometheus-rule

- deploy/k8s/monitoring: the Service against the Kubernetes JSON schemas (strict), the ServiceMonitors
  and the PrometheusRule against models generated from the Prometheus Operator's CRDs
  (cloudcoil-models-prometheus-operator; unknown fields fail).
- One definition of the rules: the PrometheusRule's groups equal those of deploy/prometheus/rules/*.yml
  (--write-prometheus-rule writes it from them).
- The ServiceMonitors scrape what deploy/prometheus/prometheus.yml scrapes under make up: the same
  jobs and paths, on ports the selected Services declare.
- deploy/grafana/order-saga.json: valid JSON, unique panel ids, every panel has queries; every query
  parses and evaluates (promtool, on an empty database) and reads only series the rules record or
  read themselves (so the dashboard and the alerts share one set of names).
Prints one line per check; exits 1 when any failed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from check_deploy import check, check_against_crd, check_built_in, failures, report

RULES = "deploy/prometheus/rules"
PROMETHEUS_RULE = "deploy/k8s/monitoring/prometheus-rule.yaml"
DASHBOARD = "deploy/grafana/order-saga.json"
HEADER = ("# Generated from deploy/prometheus/rules/*.yml (the rules make up loads) by\n"
          "#   python3 deploy/check/check_monitoring.py . --write-prometheus-rule\n"
          "# Edit those files, not this one: make check-deploy fails while the two differ.\n")

# Grafana's variables, replaced by what they stand for before promtool reads a query.
GRAFANA_VARIABLES = {"$__rate_interval": "5m", "$__interval": "1m", "${queue:regex}": ".*", "$queue": ".*"}
PROMQL_WORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or",
                "unless", "offset", "inf", "nan"}


def rule_groups(root: Path) -> list[dict]:
    groups = []
    for path in sorted((root / RULES).glob("*.yml")):
        groups.extend(yaml.safe_load(path.read_text())["groups"])
    return groups


def write_prometheus_rule(root: Path) -> None:
    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper, value):
        style = "|" if "\n" in value else ">" if len(value) > 100 else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    rule = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
            "metadata": {"name": "order-saga"}, "spec": {"groups": rule_groups(root)}}
    body = yaml.dump(rule, Dumper=Dumper, sort_keys=False, width=70, indent=2)
    (root / PROMETHEUS_RULE).write_text(HEADER + body)


def check_objects(docs: list[dict]) -> None:
    from cloudcoil.models.prometheus_operator import v1 as monitoring_v1

    before = len(failures)
    for d in docs:
        if d["apiVersion"].startswith("monitoring.coreos.com/"):
            check_against_crd(d, monitoring_v1, "Prometheus Operator")
        else:
            check_built_in(d)
    kinds = sorted({d["kind"] for d in docs})
    report(before, f"deploy/k8s/monitoring: {len(docs)} objects ({', '.join(kinds)}) against the Kubernetes "
           "schemas and the Prometheus Operator CRD models (strict)")


def check_one_definition(root: Path, docs: list[dict]) -> None:
    before = len(failures)
    rules = [d for d in docs if d["kind"] == "PrometheusRule"]
    if check(len(rules) == 1, f"deploy/k8s/monitoring: {len(rules)} PrometheusRules, expected 1"):
        check(rules[0]["spec"]["groups"] == rule_groups(root),
              f"{PROMETHEUS_RULE} differs from {RULES}/*.yml: "
              "run python3 deploy/check/check_monitoring.py . --write-prometheus-rule")
    report(before, f"the PrometheusRule's groups are those of {RULES}/*.yml")


def check_scrapes(root: Path, app_docs: list[dict], docs: list[dict]) -> None:
    """Each ServiceMonitor is a job of prometheus.yml (its relabelled job name, same path), on a port
    that every Service it selects declares."""
    before = len(failures)
    config = yaml.safe_load((root / "deploy/prometheus/prometheus.yml").read_text())
    paths = {job["job_name"]: job.get("metrics_path", "/metrics") for job in config["scrape_configs"]}
    services = [d for d in app_docs + docs if d["kind"] == "Service"]
    monitors = [d for d in docs if d["kind"] == "ServiceMonitor"]
    for m in monitors:
        name = m["metadata"]["name"]
        wanted = m["spec"]["selector"]["matchLabels"].items()
        selected = [s for s in services if wanted <= s["metadata"].get("labels", {}).items()]
        check(selected, f"ServiceMonitor/{name}: selects no Service")
        for endpoint in m["spec"]["endpoints"]:
            jobs = [r.get("replacement") for r in endpoint.get("relabelings", []) if r.get("targetLabel") == "job"]
            job = jobs[0] if jobs else None
            check(job in paths, f"ServiceMonitor/{name}: job {job} is no job of prometheus.yml")
            check(endpoint.get("path") == paths.get(job),
                  f"ServiceMonitor/{name}: path {endpoint.get('path')}, prometheus.yml scrapes {paths.get(job)}")
            for s in selected:
                ports = {p.get("name") for p in s["spec"]["ports"]}
                check(endpoint["port"] in ports,
                      f"ServiceMonitor/{name}: Service/{s['metadata']['name']} has no port {endpoint['port']}")
    scraped = {m_job for m in monitors for e in m["spec"]["endpoints"]
               for m_job in [r.get("replacement") for r in e.get("relabelings", []) if r.get("targetLabel") == "job"]}
    check({"api", "sandbox", "worker"} <= scraped, f"ServiceMonitors scrape jobs {sorted(scraped)}, not api, sandbox, worker")
    report(before, f"{len(monitors)} ServiceMonitors: jobs and paths of prometheus.yml, ports the selected Services declare")


def metric_names(expr: str) -> set[str]:
    """The series names a PromQL expression reads (strings, label matchers, ranges and grouping
    clauses removed; identifiers followed by '(' are functions or aggregations)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text)
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = re.findall(r"(?<![\w:.])([A-Za-z_:][\w:]*)\b(?!\s*\()", text)
    return {n for n in names if n.lower() not in PROMQL_WORDS}


def rule_names(root: Path) -> tuple[set[str], set[str]]:
    """The names the rules record, and the series names their expressions read."""
    recorded, read = set(), set()
    for group in rule_groups(root):
        for rule in group["rules"]:
            if "record" in rule:
                recorded.add(rule["record"])
            read |= metric_names(rule["expr"])
    return recorded, read - recorded


def dashboard_queries(dashboard: dict) -> list[tuple[str, str]]:
    panels = []
    for panel in dashboard.get("panels", []):
        panels.append(panel)
        panels.extend(panel.get("panels", []))
    return [(p.get("title", "?"), t["expr"]) for p in panels for t in p.get("targets", []) if "expr" in t]


def promql(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    return expr


def check_dashboard(root: Path, promtool: str) -> None:
    before = len(failures)
    try:
        dashboard = json.loads((root / DASHBOARD).read_text())
    except ValueError as e:
        check(False, f"{DASHBOARD}: not JSON: {e}")
        return
    panels = [p for p in dashboard.get("panels", []) if p.get("type") != "row"]
    ids = [p.get("id") for p in dashboard.get("panels", [])]
    check(len(ids) == len(set(ids)) and None not in ids, f"{DASHBOARD}: panel ids missing or repeated: {ids}")
    for p in panels:
        check(p.get("targets") and p.get("gridPos"), f"{DASHBOARD}: panel {p.get('title')!r} has no query or position")
    queries = dashboard_queries(dashboard)
    recorded, read = rule_names(root)
    known = recorded | read | {"up"}
    for title, expr in queries:
        unknown = metric_names(promql(expr)) - known
        check(not unknown, f"{DASHBOARD}: panel {title!r} reads {sorted(unknown)}, which no rule records or reads")
    # promtool parses and evaluates each query against an empty database: a query that does not parse
    # (or is not an instant vector) fails the test file.
    tests = {"rule_files": [], "evaluation_interval": "1m", "tests": [{
        "interval": "1m", "input_series": [],
        "promql_expr_test": [{"expr": promql(e), "eval_time": "10m", "exp_samples": []} for _, e in queries]}]}
    with tempfile.NamedTemporaryFile("w", suffix=".yml") as f:
        yaml.safe_dump(tests, f)
        f.flush()
        out = subprocess.run([promtool, "test", "rules", f.name], capture_output=True, text=True)
    check(out.returncode == 0, f"{DASHBOARD}: promtool cannot evaluate every query:\n{out.stdout}{out.stderr}")
    report(before, f"{DASHBOARD}: {len(panels)} panels, {len(queries)} queries parse (promtool) and read only "
           f"names the rules record or read ({len(known)})")


def main() -> int:
    root = Path(sys.argv[1])
    if sys.argv[2:] == ["--write-prometheus-rule"]:
        write_prometheus_rule(root)
        print(f"wrote {PROMETHEUS_RULE}")
        return 0
    app_docs = [d for d in yaml.safe_load_all(Path(sys.argv[2]).read_text()) if d]
    docs = [d for d in yaml.safe_load_all(Path(sys.argv[3]).read_text()) if d]
    check_objects(docs)
    check_one_definition(root, docs)
    check_scrapes(root, app_docs, docs)
    check_dashboard(root, sys.argv[4])
    print(f"check_monitoring.py: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
