package dev.ordersaga.sandbox.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Creates the tables when absent. Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run;
 * times are epoch milliseconds, money is its decimal string, nested data is JSON text.
 */
public final class Schema {
  private static final List<String> STATEMENTS =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS idempotency_keys (
            scope VARCHAR(512) NOT NULL,
            idem_key VARCHAR(255) NOT NULL,
            request_hash VARCHAR(64) NOT NULL,
            status INTEGER NOT NULL,
            content_type VARCHAR(64) NOT NULL,
            body VARCHAR(100000) NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (scope, idem_key))""",
          """
          CREATE TABLE IF NOT EXISTS undo_fences (
            order_id VARCHAR(64) NOT NULL,
            step VARCHAR(32) NOT NULL,
            undo_key VARCHAR(255) NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (order_id, step))""",
          """
          CREATE TABLE IF NOT EXISTS effect_log (
            order_id VARCHAR(64) NOT NULL,
            effect VARCHAR(32) NOT NULL,
            occurred_at BIGINT NOT NULL)""",
          "CREATE INDEX IF NOT EXISTS effect_log_order ON effect_log (order_id)",
          """
          CREATE TABLE IF NOT EXISTS replay_counts (
            system_name VARCHAR(32) PRIMARY KEY,
            n BIGINT NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS stock (
            sku VARCHAR(64) PRIMARY KEY,
            available BIGINT NOT NULL CHECK (available >= 0),
            reserved BIGINT NOT NULL CHECK (reserved >= 0),
            sold BIGINT NOT NULL CHECK (sold >= 0))""",
          """
          CREATE TABLE IF NOT EXISTS order_records (
            order_id VARCHAR(64) PRIMARY KEY,
            customer_id VARCHAR(64) NOT NULL,
            currency VARCHAR(3) NOT NULL,
            total VARCHAR(40) NOT NULL,
            items VARCHAR(100000) NOT NULL,
            state VARCHAR(16) NOT NULL,
            updated_at BIGINT NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS reservations (
            order_id VARCHAR(64) PRIMARY KEY,
            state VARCHAR(16) NOT NULL,
            updated_at BIGINT NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS reservation_lines (
            order_id VARCHAR(64) NOT NULL,
            sku VARCHAR(64) NOT NULL,
            quantity BIGINT NOT NULL CHECK (quantity > 0),
            PRIMARY KEY (order_id, sku))""",
          """
          CREATE TABLE IF NOT EXISTS payments (
            payment_id VARCHAR(64) PRIMARY KEY,
            order_id VARCHAR(64) NOT NULL,
            amount VARCHAR(40) NOT NULL,
            currency VARCHAR(3) NOT NULL,
            token VARCHAR(64) NOT NULL,
            status VARCHAR(16) NOT NULL,
            reason VARCHAR(255),
            settle_at BIGINT,
            created_at BIGINT NOT NULL)""",
          "CREATE INDEX IF NOT EXISTS payments_order ON payments (order_id)",
          """
          CREATE TABLE IF NOT EXISTS shipments (
            shipment_id VARCHAR(64) PRIMARY KEY,
            order_id VARCHAR(64) NOT NULL,
            state VARCHAR(16) NOT NULL,
            address VARCHAR(10000) NOT NULL,
            line_items VARCHAR(100000) NOT NULL,
            created_at BIGINT NOT NULL)""",
          "CREATE INDEX IF NOT EXISTS shipments_order ON shipments (order_id)",
          """
          CREATE TABLE IF NOT EXISTS merchant_notifications (
            notification_id VARCHAR(64) PRIMARY KEY,
            order_id VARCHAR(64) NOT NULL,
            body VARCHAR(10000) NOT NULL,
            created_at BIGINT NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS risk_assessments (
            assessment_id VARCHAR(64) PRIMARY KEY,
            order_id VARCHAR(64) NOT NULL,
            customer_id VARCHAR(64) NOT NULL,
            total VARCHAR(40) NOT NULL,
            currency VARCHAR(3) NOT NULL,
            address_hash VARCHAR(64) NOT NULL,
            decision VARCHAR(16) NOT NULL,
            reason VARCHAR(255),
            created_at BIGINT NOT NULL)""",
          "CREATE INDEX IF NOT EXISTS risk_assessments_order ON risk_assessments (order_id)");

  private Schema() {}

  /** Creates every missing table and index. */
  public static void create(Jdbi jdbi) {
    jdbi.useTransaction(
        handle -> {
          for (String statement : STATEMENTS) {
            handle.execute(statement);
          }
        });
  }
}
