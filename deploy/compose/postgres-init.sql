-- Runs once, when the PostgreSQL volume is first initialised: the sandbox's own database.
-- Temporal's databases are created by the temporal-schema job (temporal-sql-tool).
CREATE DATABASE sandbox;
