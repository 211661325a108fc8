-- webaccel benchmark history, schema version 1. Applied once by dev.webaccel.history.Migrations, in one
-- transaction, and recorded in schema_version. Never edit an applied migration: add V2__....sql instead.

-- One suite run (one `mvn test`). complete stays false until the suite closed normally: a killed run keeps
-- every finished case and reads as incomplete.
CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    tag         VARCHAR,              -- -Drun.tag, e.g. a release name a later run can name as -Dbaseline
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    complete    BOOLEAN NOT NULL,
    commit      VARCHAR NOT NULL,
    host        VARCHAR NOT NULL,
    cores       INTEGER NOT NULL,
    os          VARCHAR NOT NULL,
    java        VARCHAR NOT NULL,
    settings    VARCHAR NOT NULL      -- the run's Settings as JSON
);

-- Where a case ran. env_id is the fingerprint: two records share it only when browser, exact version, adapter
-- label and its evidence (features, limits), backend, threads and the machine (host, cores) all agree.
CREATE TABLE environments (
    env_id              VARCHAR PRIMARY KEY,
    browser             VARCHAR NOT NULL,
    browser_version     VARCHAR NOT NULL,
    adapter             VARCHAR NOT NULL,  -- "none" off WebGPU
    adapter_evidence    VARCHAR NOT NULL,  -- JSON: adapter info, fallback flag, features, limits
    backend             VARCHAR NOT NULL,
    threads             INTEGER,
    features            VARCHAR NOT NULL,  -- JSON array of WebGPU features
    timer_resolution_ms DOUBLE NOT NULL,
    host                VARCHAR NOT NULL,
    cores               INTEGER NOT NULL
);

-- What was measured. workload_id is the case id plus a hash of its parameters and kernel, so a changed shape is a
-- new workload, never a regression of the old one.
CREATE TABLE workloads (
    workload_id VARCHAR PRIMARY KEY,
    case_id     VARCHAR NOT NULL,
    op          VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    variant     VARCHAR NOT NULL,
    kernel      VARCHAR,
    params      VARCHAR NOT NULL,      -- JSON
    nodes       INTEGER NOT NULL,
    flops       DOUBLE,
    bytes       DOUBLE
);

CREATE SEQUENCE case_key_seq START 1;

-- One finished case of one page run: written with its samples and summaries in one transaction.
CREATE TABLE cases (
    case_key          BIGINT PRIMARY KEY DEFAULT nextval('case_key_seq'),
    run_id            VARCHAR NOT NULL REFERENCES runs (run_id),
    page_run_id       VARCHAR NOT NULL,
    env_id            VARCHAR NOT NULL REFERENCES environments (env_id),
    workload_id       VARCHAR NOT NULL REFERENCES workloads (workload_id),
    purpose           VARCHAR NOT NULL,
    requested_backend VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,
    reason            VARCHAR,
    readbacks_per_run INTEGER,
    check_passed      BOOLEAN,            -- null when the case did not run
    check_summary     VARCHAR,
    finished_at       TIMESTAMP NOT NULL
);

-- Raw per-operation samples, as the page divided them (bulk-inserted through the Appender).
CREATE TABLE samples (
    case_key BIGINT NOT NULL,
    metric   VARCHAR NOT NULL,           -- warm-median-ms, warm-wall-ms, cold-ms
    idx      INTEGER NOT NULL,
    value_ms DOUBLE NOT NULL
);

-- One row per series of a case: how it was timed and its summary (stats.Summary).
CREATE TABLE summaries (
    case_key       BIGINT NOT NULL,
    metric         VARCHAR NOT NULL,
    timing_method  VARCHAR NOT NULL,
    resolution_ms  DOUBLE NOT NULL,
    ops_per_sample INTEGER NOT NULL,
    n              INTEGER NOT NULL,
    median_ms      DOUBLE,
    mean_ms        DOUBLE,
    sd_ms          DOUBLE,
    p10_ms         DOUBLE,
    p90_ms         DOUBLE,
    median_ci_low  DOUBLE,
    median_ci_high DOUBLE,
    PRIMARY KEY (case_key, metric)
);

-- The verdict on every claim judged in a run.
CREATE TABLE claim_verdicts (
    run_id     VARCHAR NOT NULL REFERENCES runs (run_id),
    claim_id   VARCHAR NOT NULL,
    statement  VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,
    expected   VARCHAR NOT NULL,
    verdict    VARCHAR NOT NULL,          -- SUPPORTED, REFUTED, INCONCLUSIVE
    reason     VARCHAR NOT NULL,
    side_a     VARCHAR NOT NULL,
    side_b     VARCHAR NOT NULL,
    ratio      DOUBLE,
    ratio_low  DOUBLE,
    ratio_high DOUBLE,
    p_value    DOUBLE,
    PRIMARY KEY (run_id, claim_id)
);

-- Memory figures of a case (peak buffer bytes, weights resident, ...): nothing writes them before model runs
-- measure memory; the table is here so that adding them needs no migration.
CREATE TABLE memory (
    case_key BIGINT NOT NULL,
    what     VARCHAR NOT NULL,
    bytes    BIGINT NOT NULL,
    method   VARCHAR NOT NULL
);

-- Regression findings of a run against its baseline (written when the suite closes).
CREATE TABLE regressions (
    run_id          VARCHAR NOT NULL REFERENCES runs (run_id),
    baseline        VARCHAR NOT NULL,     -- what the baseline was: run ids, or "last K runs"
    env_id          VARCHAR NOT NULL,
    workload_id     VARCHAR NOT NULL,
    metric          VARCHAR NOT NULL,
    flag            VARCHAR NOT NULL,     -- REGRESSION, IMPROVEMENT, NO_CHANGE, NOT_COMPARED
    reason          VARCHAR NOT NULL,
    n_current       INTEGER NOT NULL,
    n_baseline      INTEGER NOT NULL,
    median_current  DOUBLE,
    median_baseline DOUBLE,
    ratio           DOUBLE,               -- median(current) / median(baseline): > 1 is slower
    ratio_low       DOUBLE,
    ratio_high      DOUBLE,
    p_value         DOUBLE,
    cliffs_delta    DOUBLE
);
