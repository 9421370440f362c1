package org.ecomhub.stores.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.log.SecretMask;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.LastRun;

/** Store facts, the last valid settings, the audit trail and the last runs, in the database. */
final class StoreTables {

    /** The snapshot owner of the integration settings. */
    static final String INTEGRATION = "*";

    private final Jdbc db;

    StoreTables(Jdbc db) {
        this.db = db;
    }

    void insertFacts(StoreFacts facts) {
        db.update("INSERT INTO STORE_FACTS (ALIAS, SELLER_ID, MARKETPLACE, INSTALLED_AT, CODE_MAPPING, IMPORT_FROM) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", facts.alias(), facts.sellerId(), facts.marketplace().id(),
                facts.installedAt(), facts.savedCodeMapping().map(Enum::name).orElse(null), facts.installedAt());
    }

    List<StoreFacts> facts() {
        return db.query("SELECT ALIAS, SELLER_ID, MARKETPLACE, INSTALLED_AT, CODE_MAPPING FROM STORE_FACTS ORDER BY ALIAS",
                row -> new StoreFacts(row.getString(1), row.getString(2),
                        Marketplace.byId(row.getString(3)).orElseThrow(), Jdbc.instant(row, "INSTALLED_AT"),
                        Optional.ofNullable(row.getString(5)).map(CodeMapping::valueOf)));
    }

    Optional<StoreFacts> facts(String alias) {
        return facts().stream().filter(f -> f.alias().equals(alias)).findFirst();
    }

    void saveCodeMapping(String alias, CodeMapping mapping) {
        db.update("UPDATE STORE_FACTS SET CODE_MAPPING = ? WHERE ALIAS = ? AND CODE_MAPPING IS NULL", mapping.name(), alias);
    }

    Instant importFrom(String alias) {
        List<Instant> rows = db.query("SELECT IMPORT_FROM FROM STORE_FACTS WHERE ALIAS = ?",
                row -> Jdbc.instant(row, "IMPORT_FROM"), alias);
        return rows.isEmpty() ? null : rows.get(0);
    }

    void setImportFrom(String alias, Instant from) {
        db.update("UPDATE STORE_FACTS SET IMPORT_FROM = ? WHERE ALIAS = ?", from, alias);
    }

    /** Removes what uninstall removes (STORE-05): facts, settings and runs; the audit trail stays. */
    void deleteStore(String alias) {
        db.update("DELETE FROM STORE_SNAPSHOT WHERE OWNER = ?", alias);
        db.update("DELETE FROM STORE_RUN WHERE ALIAS = ?", alias);
        db.update("DELETE FROM STORE_CONSENT WHERE ALIAS = ?", alias);
        db.update("DELETE FROM STORE_FACTS WHERE ALIAS = ?", alias);
    }

    void saveSnapshot(String owner, String pid, Map<String, Object> properties, Instant at) {
        db.upsert("UPDATE STORE_SNAPSHOT SET PROPERTIES = ?, SAVED_AT = ? WHERE OWNER = ? AND PID = ?",
                "INSERT INTO STORE_SNAPSHOT (PROPERTIES, SAVED_AT, OWNER, PID) VALUES (?, ?, ?, ?)",
                PropertiesText.write(properties), at, owner, pid);
    }

    /** The snapshot of one owner (an alias or {@link #INTEGRATION}), by PID. */
    Map<String, Map<String, Object>> snapshot(String owner) {
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        db.query("SELECT PID, PROPERTIES FROM STORE_SNAPSHOT WHERE OWNER = ?", row -> {
            byPid.put(row.getString(1), PropertiesText.read(row.getString(2)));
            return null;
        }, owner);
        return byPid;
    }

    void audit(Instant at, String alias, String pid, Actor actor, boolean accepted, String detail) {
        String text = SecretMask.mask(detail);
        db.update("INSERT INTO STORE_AUDIT (AT_TIME, ALIAS, PID, SOURCE, ACTOR, ACCEPTED, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?)",
                at, alias, pid, actor.source().name(), actor.user(), accepted,
                text.length() > 4000 ? text.substring(0, 3997) + "..." : text);
    }

    /** One audit row, for tests and the console. */
    record AuditRow(Instant at, String alias, String pid, String source, String actor, boolean accepted, String detail) {
    }

    List<AuditRow> audit(String alias) {
        return db.query("SELECT AT_TIME, ALIAS, PID, SOURCE, ACTOR, ACCEPTED, DETAIL FROM STORE_AUDIT WHERE ALIAS = ? "
                        + "ORDER BY ID", row -> new AuditRow(Jdbc.instant(row, "AT_TIME"), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getBoolean(6), row.getString(7)),
                alias);
    }

    void recordRun(String alias, JobKind kind, LastRun run) {
        String message = SecretMask.mask(run.message());
        db.upsert("UPDATE STORE_RUN SET ENDED_AT = ?, STATUS = ?, MESSAGE = ? WHERE ALIAS = ? AND KIND = ?",
                "INSERT INTO STORE_RUN (ENDED_AT, STATUS, MESSAGE, ALIAS, KIND) VALUES (?, ?, ?, ?, ?)",
                run.at(), run.status().name(), message.length() > 1000 ? message.substring(0, 997) + "..." : message,
                alias, kind.name());
    }

    Optional<LastRun> lastRun(String alias, JobKind kind) {
        return db.query("SELECT ENDED_AT, STATUS, MESSAGE FROM STORE_RUN WHERE ALIAS = ? AND KIND = ?",
                row -> new LastRun(Jdbc.instant(row, "ENDED_AT"), JobResult.Status.valueOf(row.getString(2)),
                        row.getString(3)), alias, kind.name()).stream().findFirst();
    }
}
