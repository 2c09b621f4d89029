"""Offline checks of deploy/ that need more than a schema (run by scripts/check-deploy.sh).

Usage: check_deploy.py REPO_ROOT RENDERED_K8S_YAML COMPOSE_JSON

- Kubernetes: every rendered object against the Kubernetes JSON schemas shipped in the
  kubernetes-validate package (strict: unknown fields fail), for each version in K8S_VERSIONS;
  every KEDA object against the pydantic models generated from KEDA's CRDs (cloudcoil-models-keda),
  plus unknown-field detection and the Temporal scaler's documented metadata keys.
- Cross-references: one worker Deployment, Service and (step queues) ScaledObject per task queue of
  config/worker.yml; ConfigMap/Secret references resolve; probes point at declared ports; requests and
  limits set; the ConfigMap's files are config/worker.yml and api/config.yml, byte for byte.
- Compose: one worker service per queue with replicas, health checks everywhere they matter,
  depends_on targets exist, mounted files exist, the search attributes come from config/search-attributes.txt.
- Temporal, one configuration in three places: the compose Temporal images and the Helm values
  (deploy/k8s/temporal-values.yaml) carry the versions of config/temporal/version; every compose
  Temporal service runs `temporal-server --config-file <config/temporal/server.yaml> start --service S`
  with config/temporal/dynamicconfig.yaml mounted (the four services each once); the schema job runs
  scripts/setup-temporal-schema.sh; the Helm values' dynamic config is dynamicconfig.yaml's content.
- Dockerfile: every COPY source exists in the repository.
- Closed by default: nothing deployed sets the dev switch ORDER_SAGA_DEV or the codec server's
  CODEC_SERVER_TRUST_ORIGINS, so no published secret is accepted and no Web UI origin stands in
  for the operator token.
Prints one line per check; exits 1 when any failed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

K8S_VERSIONS = ["1.30.0", "1.37.0"]

# The Temporal scaler's trigger metadata keys, as documented for KEDA 2.17-2.22 (deprecated ones
# included: they still parse) and read from the scaler's source.
TEMPORAL_METADATA_KEYS = {
    "endpoint", "endpointFromEnv", "namespace", "taskQueue", "targetQueueSize",
    "activationTargetQueueSize", "queueTypes", "workerDeploymentName", "workerDeploymentBuildId",
    "buildId", "selectAllActive", "selectUnversioned", "includeRunningWorkflowCount",
    "workflowTaskQueueForCount", "minConnectTimeout", "unsafeSsl", "tlsServerName", "enableTLS",
}
TEMPORAL_REQUIRED_KEYS = {"taskQueue"}  # plus endpoint or endpointFromEnv
TEMPORAL_INT_KEYS = {"targetQueueSize", "activationTargetQueueSize", "minConnectTimeout"}
TEMPORAL_QUEUE_TYPES = {"workflow", "activity", "nexus"}

failures: list[str] = []
passes = 0


def check(ok: bool, what: str) -> bool:
    global passes
    if ok:
        passes += 1
    else:
        failures.append(what)
        print(f"  FAIL {what}")
    return ok


def report(before: int, what: str) -> None:
    """Prints 'ok' for a section when it added no failure since `before`, else how many it added."""
    n = len(failures) - before
    print(f"  {'ok  ' if n == 0 else f'FAIL ({n})'} {what}")


def queues_and_types(root: Path) -> dict[str, str]:
    """The task queues of config/worker.yml; 'orders' is the workflow queue, the rest are steps."""
    text = (root / "config/worker.yml").read_text()
    # ${VAR:-default} placeholders are not YAML-significant except inside scalars: safe to load.
    cfg = yaml.safe_load(text)
    names = list(cfg["queues"].keys())
    return {q: ("workflow" if q == "orders" else "activity") for q in names}


def dropped_keys(given, dumped, path="") -> list[str]:
    """Keys present in the input but absent from the model's dump: fields the CRD does not know."""
    out = []
    if isinstance(given, dict):
        dumped = dumped if isinstance(dumped, dict) else {}
        for k, v in given.items():
            if k not in dumped:
                out.append(f"{path}.{k}" if path else k)
            elif k != "metadata" or path != "spec.triggers[]":
                out.extend(dropped_keys(v, dumped[k], f"{path}.{k}" if path else k))
    elif isinstance(given, list):
        dumped = dumped if isinstance(dumped, list) else []
        for i, v in enumerate(given):
            out.extend(dropped_keys(v, dumped[i] if i < len(dumped) else None, f"{path}[]"))
    return out


def check_built_in(d: dict) -> None:
    """A built-in object against the Kubernetes JSON schemas of every K8S_VERSIONS (strict)."""
    import kubernetes_validate

    ident = f"{d['kind']}/{d['metadata']['name']}"
    for v in K8S_VERSIONS:
        try:
            kubernetes_validate.validate(d, v, strict=True)
            check(True, "")
        except kubernetes_validate.ValidationError as e:
            check(False, f"{ident} (Kubernetes {v}): {e.message} at {'.'.join(map(str, e.path))}")
        except Exception as e:  # SchemaNotFoundError, InvalidSchemaError, ...
            check(False, f"{ident} (Kubernetes {v}): {e}")


def check_against_crd(d: dict, models, crd: str) -> bool:
    """An object against the pydantic model of its kind in `models` (cloudcoil, generated from the
    CRDs of `crd`): types and required fields, and no field the CRD does not know. True when it passed."""
    ident = f"{d['kind']}/{d['metadata']['name']}"
    model = getattr(models, d["kind"], None)
    if not check(model is not None, f"{ident}: no {crd} model for this kind"):
        return False
    try:
        obj = model.model_validate(d)
    except Exception as e:  # pydantic.ValidationError
        return check(False, f"{ident}: {crd} CRD schema: {e}")
    unknown = dropped_keys(d, obj.model_dump(by_alias=True, exclude_unset=True, mode="json"))
    return check(not unknown, f"{ident}: fields unknown to the {crd} CRD: {unknown}")


def check_k8s(root: Path, rendered: Path, queues: dict[str, str]) -> None:
    from cloudcoil.models.keda import v1alpha1 as keda

    docs = [d for d in yaml.safe_load_all(rendered.read_text()) if d]
    print(f"kubernetes: {len(docs)} objects rendered by kustomize")
    by_kind: dict[str, dict[str, dict]] = {}
    for d in docs:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d

    # 1. schemas
    before = len(failures)
    for d in docs:
        if d["apiVersion"].startswith("keda.sh/"):
            ok = check_against_crd(d, keda, "KEDA")
            print(f"  {'ok  ' if ok else 'FAIL'} {d['kind']}/{d['metadata']['name']} against the KEDA "
                  f"{d['apiVersion']} CRD model")
            continue
        check_built_in(d)
    report(before, f"{sum(1 for d in docs if not d['apiVersion'].startswith('keda.sh/'))} built-in "
           f"objects against the Kubernetes {', '.join(K8S_VERSIONS)} schemas (strict)")

    # 2. Temporal scaler metadata
    before = len(failures)
    for name, so in by_kind.get("ScaledObject", {}).items():
        for t in so["spec"]["triggers"]:
            if t.get("type") != "temporal":
                continue
            md = t.get("metadata", {})
            unknown = set(md) - TEMPORAL_METADATA_KEYS
            check(not unknown, f"ScaledObject/{name}: unknown temporal trigger keys {sorted(unknown)}")
            check(TEMPORAL_REQUIRED_KEYS <= set(md), f"ScaledObject/{name}: taskQueue missing")
            check("endpoint" in md or "endpointFromEnv" in md,
                  f"ScaledObject/{name}: endpoint or endpointFromEnv missing")
            check(re.fullmatch(r"[A-Za-z0-9.\-]+:\d+", md.get("endpoint", "x:1")) is not None,
                  f"ScaledObject/{name}: endpoint {md.get('endpoint')!r} is not host:port")
            for k in TEMPORAL_INT_KEYS & set(md):
                check(str(md[k]).isdigit(), f"ScaledObject/{name}: {k} must be a non-negative integer string")
            for qt in str(md.get("queueTypes", "")).split(","):
                check(qt == "" or qt in TEMPORAL_QUEUE_TYPES, f"ScaledObject/{name}: queueTypes {qt!r}")
            target = so["spec"]["scaleTargetRef"]["name"]
            check(target in by_kind.get("Deployment", {}),
                  f"ScaledObject/{name}: scaleTargetRef {target} is no Deployment")
    report(before, f"temporal trigger metadata of {len(by_kind.get('ScaledObject', {}))} ScaledObjects: "
           "documented keys only, required keys, integer strings, targets exist")

    # 3. one Deployment + Service per queue, one ScaledObject per step queue, names and args agree
    before = len(failures)
    sos = {so["spec"]["triggers"][0]["metadata"].get("taskQueue"): so
           for so in by_kind.get("ScaledObject", {}).values()}
    for q, qtype in queues.items():
        dep = by_kind.get("Deployment", {}).get(f"worker-{q}")
        if not check(dep is not None, f"queue {q}: no Deployment worker-{q}"):
            continue
        args = dep["spec"]["template"]["spec"]["containers"][0].get("args", [])
        check(args[:3] == ["worker", "--queues", q], f"Deployment worker-{q}: args {args} do not poll {q}")
        check(f"worker-{q}" in by_kind.get("Service", {}), f"queue {q}: no Service worker-{q}")
        if qtype == "activity":
            so = sos.get(q)
            if check(so is not None, f"step queue {q}: no ScaledObject"):
                md = so["spec"]["triggers"][0]["metadata"]
                check(so["spec"]["scaleTargetRef"]["name"] == f"worker-{q}",
                      f"ScaledObject for {q} scales {so['spec']['scaleTargetRef']['name']}")
                check(md.get("queueTypes") == "activity", f"ScaledObject for {q}: queueTypes must be activity")
                check(int(so["spec"].get("minReplicaCount", 0)) >= 1,
                      f"ScaledObject for {q}: minReplicaCount 0 would cut running attempts")
    leftover = [f"{d['kind']}/{d['metadata']['name']}" for d in docs if "QUEUE" in json.dumps(d)]
    check(not leftover, f"the worker component's placeholder QUEUE survives in {leftover}")
    report(before, f"{len(queues)} queues of config/worker.yml: Deployment + Service each, "
           f"ScaledObject per step queue ({sum(1 for t in queues.values() if t == 'activity')}); no QUEUE placeholder left")

    # 4. references, probes, resources, security
    before = len(failures)
    cms = by_kind.get("ConfigMap", {})
    secrets = by_kind.get("Secret", {})
    for name, dep in by_kind.get("Deployment", {}).items():
        pod = dep["spec"]["template"]["spec"]
        check(dep["spec"]["selector"]["matchLabels"].items() <= dep["spec"]["template"]["metadata"]["labels"].items(),
              f"Deployment/{name}: selector does not match its pod labels")
        check(pod.get("securityContext", {}).get("runAsNonRoot") is True, f"Deployment/{name}: runAsNonRoot")
        for vol in pod.get("volumes", []):
            if "configMap" in vol:
                check(vol["configMap"]["name"] in cms, f"Deployment/{name}: ConfigMap {vol['configMap']['name']} missing")
        for c in pod["containers"]:
            ports = {p.get("name") for p in c.get("ports", [])} | {p["containerPort"] for p in c.get("ports", [])}
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                p = c.get(probe)
                if check(p is not None, f"Deployment/{name}: {probe} missing"):
                    check(p.get("httpGet", {}).get("port") in ports,
                          f"Deployment/{name}: {probe} port {p.get('httpGet', {}).get('port')} not declared")
            res = c.get("resources", {})
            check({"cpu", "memory"} <= set(res.get("requests", {})), f"Deployment/{name}: requests cpu/memory")
            check("memory" in res.get("limits", {}), f"Deployment/{name}: memory limit")
            for ef in c.get("envFrom", []):
                ref = ef.get("configMapRef", ef.get("secretRef", {})).get("name")
                check(ref in cms or ref in secrets, f"Deployment/{name}: envFrom {ref} missing")
            for ev in c.get("env", []):
                skr = ev.get("valueFrom", {}).get("secretKeyRef")
                if skr:
                    s = secrets.get(skr["name"])
                    check(s is not None and skr["key"] in s.get("stringData", {}) | s.get("data", {}),
                          f"Deployment/{name}: secret key {skr['name']}/{skr['key']} missing")
            check(c.get("securityContext", {}).get("allowPrivilegeEscalation") is False,
                  f"Deployment/{name}: allowPrivilegeEscalation")
    for name, svc in by_kind.get("Service", {}).items():
        sel = svc["spec"].get("selector", {})
        check(any(sel.items() <= d["spec"]["template"]["metadata"]["labels"].items()
                  for d in by_kind.get("Deployment", {}).values()), f"Service/{name}: selects no pod")
    report(before, f"{len(by_kind.get('Deployment', {}))} Deployments: probes on declared ports, "
           "requests/limits, non-root, ConfigMap/Secret references resolve; every Service selects pods")

    # 5. the ConfigMap's files are the repository's
    before = len(failures)
    config = next((c for n, c in cms.items() if n.startswith("order-saga-config")), None)
    if check(config is not None, "ConfigMap order-saga-config missing"):
        for key, src in (("worker.yml", "config/worker.yml"), ("api.yml", "api/config.yml")):
            check(config["data"].get(key) == (root / src).read_text(),
                  f"ConfigMap order-saga-config {key} differs from {src} (its generator must read it)")
    env = next((c for n, c in cms.items() if n.startswith("order-saga-env")), None)
    if check(env is not None, "ConfigMap order-saga-env missing"):
        for so in by_kind.get("ScaledObject", {}).values():
            md = so["spec"]["triggers"][0]["metadata"]
            check(md.get("endpoint") == env["data"]["TEMPORAL_ADDRESS"]
                  and md.get("namespace") == env["data"]["TEMPORAL_NAMESPACE"],
                  f"ScaledObject/{so['metadata']['name']}: endpoint/namespace differ from order-saga-env")
    report(before, "ConfigMap files identical to config/worker.yml and api/config.yml; "
           "ScaledObjects use order-saga-env's TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE")


def check_compose(root: Path, compose_json: Path, queues: dict[str, str]) -> None:
    c = json.loads(compose_json.read_text())
    services = c["services"]
    print(f"compose: {len(services)} services after interpolation")
    before = len(failures)
    for q in queues:
        s = services.get(f"worker-{q}")
        if not check(s is not None, f"compose: no service worker-{q}"):
            continue
        cmd = s.get("command") or []
        check(cmd[:3] == ["worker", "--queues", q], f"compose worker-{q}: command {cmd} does not poll {q}")
        check(int(s.get("deploy", {}).get("replicas", 0)) >= 1, f"compose worker-{q}: deploy.replicas")
        check("healthcheck" in s, f"compose worker-{q}: healthcheck")
        check(s.get("environment", {}).get("TEMPORAL_ADDRESS") == "temporal-frontend:7233",
              f"compose worker-{q}: TEMPORAL_ADDRESS")
        check(not s.get("ports"), f"compose worker-{q}: a replicated service must not publish fixed ports")
    for name in ("postgresql", *TEMPORAL_SERVICES, "temporal-ui", "admin-tools", "temporal-schema",
                 "temporal-init", "api", "sandbox"):
        check(name in services, f"compose: service {name} missing")
    for name in ("postgresql", *TEMPORAL_SERVICES, "api", "sandbox"):
        check("healthcheck" in services.get(name, {}), f"compose {name}: healthcheck")
    for name, s in services.items():
        for dep in s.get("depends_on", {}):
            check(dep in services, f"compose {name}: depends_on {dep} is no service")
        img = s.get("image", "")
        check(":" in img and not img.endswith(":latest"), f"compose {name}: image {img!r} not pinned")
        for v in s.get("volumes", []):
            if v.get("type") == "bind":
                check(Path(v["source"]).exists(), f"compose {name}: bind source {v['source']} missing")
    report(before, f"one worker service per queue ({len(queues)}) with replicas and health checks; "
           "images pinned; depends_on and bind mounts resolve")
    before = len(failures)

    # search attributes: both registrars read config/search-attributes.txt (OrderSearchAttributesTest
    # in workflows keeps it equal to OrderSearchAttributes.ALL) and neither lists its own.
    listed = root / "config/search-attributes.txt"
    names = [ln.strip() for ln in listed.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    check(names and all(re.fullmatch(r"\w+=\w+", n) for n in names), f"{listed}: not Name=Type lines: {names}")
    mounts = {v.get("target"): v.get("source") for v in services.get("temporal-init", {}).get("volumes", [])}
    source = mounts.get("/scripts/search-attributes.txt")
    check(source is not None and Path(source).resolve() == listed.resolve(),
          f"compose temporal-init: /scripts/search-attributes.txt is {source}, not {listed}")
    for script in ("scripts/up.sh", "scripts/register-temporal-namespace.sh"):
        text = (root / script).read_text()
        own = re.findall(r"\b(?:OrderStatus|CustomerId|OrderTotal|Skus)=\w+", text)
        check("search-attributes.txt" in text and not own,
              f"{script}: must read search-attributes.txt, not list its own ({own})")
    report(before, f"search attributes: temporal-init and scripts/up.sh read config/search-attributes.txt "
           f"({', '.join(names)})")


TEMPORAL_SERVICES = ("temporal-history", "temporal-matching", "temporal-frontend", "temporal-worker")


def image_tag(image: str) -> tuple[str, str]:
    name, _, tag = image.rpartition(":")
    return name, tag


def check_temporal(root: Path, compose_json: Path) -> None:
    """config/temporal/ (version, server.yaml, dynamicconfig.yaml) and the schema script are what
    compose and the Helm values use."""
    versions = dict(ln.split("=", 1) for ln in (root / "config/temporal/version").read_text().splitlines()
                    if ln and not ln.startswith("#"))
    server_tag, ui_tag = versions["version"].lstrip("v"), versions["ui_version"].lstrip("v")
    wanted = {"temporalio/server": server_tag, "temporalio/admin-tools": server_tag, "temporalio/ui": ui_tag}
    server_yaml = (root / "config/temporal/server.yaml").resolve()
    dynamic_yaml = (root / "config/temporal/dynamicconfig.yaml").resolve()
    services = json.loads(compose_json.read_text())["services"]
    print(f"temporal: versions {versions['version']} (server, admin-tools), {versions['ui_version']} (ui)")
    before = len(failures)
    for name, s in services.items():
        image, tag = image_tag(s.get("image", ""))
        if image in wanted:
            check(tag == wanted[image], f"compose {name}: {image}:{tag}, config/temporal/version says {wanted[image]}")
        if name.startswith("temporal-") or s.get("environment", {}).get("TEMPORAL_ADDRESS"):
            address = s.get("environment", {}).get("TEMPORAL_ADDRESS")
            check(address in (None, "temporal-frontend:7233"), f"compose {name}: TEMPORAL_ADDRESS {address}")
    run = {}
    for name, s in services.items():
        if image_tag(s.get("image", ""))[0] != "temporalio/server":
            continue
        cmd = s.get("command") or []
        mounts = {Path(v["source"]).resolve(): v["target"] for v in s.get("volumes", []) if v.get("type") == "bind"}
        env = s.get("environment", {})
        config_target = mounts.get(server_yaml)
        check(config_target is not None, f"compose {name}: config/temporal/server.yaml not mounted")
        check(cmd[:-1] == ["temporal-server", "--config-file", config_target, "--allow-no-auth", "start", "--service"],
              f"compose {name}: command {cmd} is not temporal-server --config-file {config_target} ... start --service S")
        check(mounts.get(dynamic_yaml) is not None and env.get("DYNAMIC_CONFIG_FILE_PATH") == mounts.get(dynamic_yaml),
              f"compose {name}: DYNAMIC_CONFIG_FILE_PATH is not the mounted config/temporal/dynamicconfig.yaml")
        check(env.get("BIND_ON_IP") == "0.0.0.0" and "TEMPORAL_BROADCAST_ADDRESS" in " ".join(s.get("entrypoint") or []),
              f"compose {name}: BIND_ON_IP 0.0.0.0 needs TEMPORAL_BROADCAST_ADDRESS set by the entrypoint")
        run[name] = cmd[-1] if cmd else None
    check(run == {f"temporal-{x}": x for x in ("history", "matching", "frontend", "worker")},
          f"compose: the Temporal server services run {run}, not history, matching, frontend, worker once each")
    schema = services.get("temporal-schema", {})
    mounts = {v["target"]: Path(v["source"]).resolve() for v in schema.get("volumes", []) if v.get("type") == "bind"}
    entry = schema.get("entrypoint") or []
    check(len(entry) == 2 and entry[0] == "/bin/sh"
          and mounts.get(entry[1]) == (root / "scripts/setup-temporal-schema.sh").resolve(),
          f"compose temporal-schema: entrypoint {entry} does not run scripts/setup-temporal-schema.sh")
    report(before, f"compose: images at config/temporal/version; {len(run)} Temporal services run "
           "config/temporal/server.yaml with dynamicconfig.yaml, one per service; clients use temporal-frontend:7233; "
           "temporal-schema runs scripts/setup-temporal-schema.sh")

    before = len(failures)
    values = yaml.safe_load((root / "deploy/k8s/temporal-values.yaml").read_text())
    for key, image in (("server", "temporalio/server"), ("admintools", "temporalio/admin-tools"), ("web", "temporalio/ui")):
        got = values.get(key, {}).get("image", {})
        check(got.get("repository") == image and str(got.get("tag")) == wanted[image],
              f"deploy/k8s/temporal-values.yaml {key}.image: {got}, config/temporal/version says {image}:{wanted[image]}")
    check(values.get("server", {}).get("dynamicConfig") == yaml.safe_load(dynamic_yaml.read_text()),
          "deploy/k8s/temporal-values.yaml server.dynamicConfig differs from config/temporal/dynamicconfig.yaml")
    report(before, "Helm values deploy/k8s/temporal-values.yaml: server, admin-tools and ui tags of "
           "config/temporal/version; server.dynamicConfig equal to config/temporal/dynamicconfig.yaml")


def check_dockerfile(root: Path) -> None:
    text = (root / "deploy/Dockerfile").read_text()
    text = re.sub(r"\\\n", " ", text)
    n = 0
    before = len(failures)
    copied = set()
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].upper() != "COPY" or any(p.startswith("--from") for p in parts):
            continue
        for src in [p for p in parts[1:-1] if not p.startswith("--")]:
            n += 1
            copied.add(src)
            check((root / src).exists(), f"Dockerfile: COPY source {src} does not exist")
    modules = re.findall(r"<module>([^<]+)</module>", (root / "pom.xml").read_text())
    for module in modules:
        check(f"{module}/pom.xml" in copied,
              f"Dockerfile: COPY {module}/pom.xml missing (the reactor reads every module's POM)")
    ep = (root / "deploy/docker-entrypoint.sh").read_text()
    for role in ("worker)", "api)", "codec-server)", "sandbox)", "health)"):
        check(role in ep, f"entrypoint: role {role[:-1]} missing")
    print("dockerfile:")
    report(before, f"{n} COPY sources exist, every module's POM among them ({len(modules)}); entrypoint has roles worker, api, codec-server, sandbox, health")


# Switches that make a process trust what anyone can send or read: the dev switch (published dev
# secrets accepted; the codec server lets a Web UI origin decode without the operator token) and the
# codec server's former origin-trust switch. A deployment sets neither.
DEV_SWITCHES = ("ORDER_SAGA_DEV", "CODEC_SERVER_TRUST_ORIGINS")


def check_closed_by_default(root: Path, rendered: Path, compose_json: Path) -> None:
    before = len(failures)
    for d in (d for d in yaml.safe_load_all(rendered.read_text()) if d):
        where = f"{d['kind']}/{d['metadata']['name']}"
        for key in (d.get("data") or {}) | (d.get("stringData") or {}):
            check(key not in DEV_SWITCHES, f"{where}: sets {key}")
        pod = d.get("spec", {}).get("template", {}).get("spec", {})
        for c in pod.get("containers", []) + pod.get("initContainers", []):
            for ev in c.get("env", []):
                check(ev["name"] not in DEV_SWITCHES, f"{where} container {c['name']}: sets {ev['name']}")
    for name, svc in json.loads(compose_json.read_text())["services"].items():
        for key in svc.get("environment") or {}:
            check(key not in DEV_SWITCHES, f"compose {name}: sets {key}")
    dockerfile = (root / "deploy/Dockerfile").read_text()
    for key in DEV_SWITCHES:
        check(key not in dockerfile, f"deploy/Dockerfile: sets {key}")
    check(re.search(r"^dev: \$\{ORDER_SAGA_DEV:-false\}$", (root / "api/config.yml").read_text(), re.M)
          is not None, "api/config.yml: the dev switch must default to false")
    report(before, f"closed by default: no Deployment, ConfigMap, Secret, compose service or the image "
           f"sets {' or '.join(DEV_SWITCHES)} (no published secret accepted, no origin trusted); "
           "api/config.yml's dev switch defaults to false")


def main() -> int:
    root, rendered, compose_json = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    queues = queues_and_types(root)
    check_k8s(root, rendered, queues)
    check_compose(root, compose_json, queues)
    check_temporal(root, compose_json)
    check_dockerfile(root)
    check_closed_by_default(root, rendered, compose_json)
    print(f"check_deploy.py: {passes} assertions passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
