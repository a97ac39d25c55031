#include "incidents/IncidentGenerator.h"

#include "incidents/IncidentIdentifiers.h"

#include "incidents/IncidentTasks.h"
#include "incidents/JournalChain.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace csirtkit {

namespace {

constexpr int Batch = 500;

const QStringList &actions()
{
    static const QStringList list = {
        QStringLiteral("Collected proxy logs for the affected host and time window"),
        QStringLiteral("Isolated the workstation from the network, kept it powered on"),
        QStringLiteral("Reset the user's password and revoked active sessions"),
        QStringLiteral("Asked the hosting provider to take the page down"),
        QStringLiteral("Blocked the sender domain on the mail gateway"),
        QStringLiteral("Checked EDR telemetry for the same hash on other endpoints"),
        QStringLiteral("Informed the head of the business unit by phone"),
        QStringLiteral("Decided to keep the service online while monitoring traffic"),
        QStringLiteral("Restored the web content from the last clean backup"),
        QStringLiteral("Reported the phishing site to JPCERT/CC for coordination"),
        QStringLiteral("Confirmed with legal that no personal data was involved"),
        QStringLiteral("Scanned the subnet for the exploited service version"),
        QStringLiteral("Applied the vendor patch on the affected servers"),
        QStringLiteral("Reviewed firewall logs for outbound connections to the C2 address"),
        QStringLiteral("Interviewed the reporter about the sequence of events"),
        QStringLiteral("不審なメールの原本をヘッダー付きで保存した"),
        QStringLiteral("感染端末をネットワークから切り離した"),
        QStringLiteral("利用者のパスワードを再設定し、セッションを無効化した"),
    };
    return list;
}

QString title(const QString &rsitClass, QRandomGenerator &random)
{
    static const QHash<QString, QStringList> titles = {
        { QStringLiteral("fraud"), { QStringLiteral("Phishing mail impersonating the bank"), QStringLiteral("Fake login page for the staff portal") } },
        { QStringLiteral("malicious-code"), { QStringLiteral("Malware detected on a sales laptop"), QStringLiteral("Workstation beaconing to unknown host") } },
        { QStringLiteral("availability"), { QStringLiteral("DDoS on the customer portal"), QStringLiteral("Outage of the order system") } },
        { QStringLiteral("intrusions"), { QStringLiteral("Compromised administrator account"), QStringLiteral("Unauthorised access to the file server") } },
        { QStringLiteral("information-content-security"), { QStringLiteral("Customer list sent to an outside address"), QStringLiteral("Lost USB stick with project data") } },
        { QStringLiteral("information-gathering"), { QStringLiteral("Port scan from an external network"), QStringLiteral("Pretext calls to the help desk") } },
        { QStringLiteral("vulnerable"), { QStringLiteral("Vulnerable VPN appliance reported"), QStringLiteral("Open directory listing on the web server") } },
    };
    const QStringList options = titles.value(rsitClass, { QStringLiteral("Suspicious activity reported by a user") });
    return options.at(int(random.bounded(quint32(options.size()))));
}

} // namespace

Result<int> IncidentGenerator::generate(Workspace &workspace, int count, quint32 seed,
                                        const std::function<bool(int, int)> &progress)
{
    if (count < 1 || count > 1000000)
        return makeError(ErrorCode::Invalid, tr("Give a number of incidents from 1 to 1,000,000."));
    const Taxonomy &tax = Taxonomy::instance();
    const auto matrix = PriorityMatrix::load(workspace.db());
    if (!matrix)
        return matrix.error();
    QRandomGenerator random(seed);
    const QStringList statuses = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                                   QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("closed"),
                                   QStringLiteral("closed") };
    const QStringList levels = { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") };
    const QStringList tlps = { QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:GREEN"),
                               QStringLiteral("TLP:RED"), QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:AMBER+STRICT") };
    const QStringList people = { QStringLiteral("Aiko Tanaka"), QStringLiteral("Ken Sato"), QStringLiteral("Mia Chen"),
                                 QStringLiteral("Oliver Brown") };
    int done = 0;
    while (done < count) {
        const int batch = qMin(Batch, count - done);
        auto written = workspace.write(QStringLiteral("incident"), QStringLiteral("generated"), [&](QSqlDatabase &db) -> Result<void> {
            // Bulk mode: the search triggers stand aside and the rows are indexed once per incident below.
            if (auto on = sql::exec(db, QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('fts_bulk', '1')")); !on)
                return on.error();
            const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-730);
            const int year = QDateTime::currentDateTimeUtc().date().year();
            QSqlQuery incident(db), journal(db), observable(db), task(db), anchor(db);
            incident.prepare(QStringLiteral("INSERT INTO incident (ident, title, summary, reporter, report_channel, status, impact, "
                                            "urgency, priority, rsit_class, rsit_type, jpcert_category, tlp, detected_utc, "
                                            "reported_utc, assignee, created_utc, updated_utc, triaged_utc, contained_utc, resolved_utc, closed_utc, "
                                            "status_reason, duplicate_of) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL)"));
            journal.prepare(QStringLiteral("INSERT INTO journal_entry (incident_id, sequence, at_utc, author, kind, text, revises, "
                                           "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
            observable.prepare(QStringLiteral("INSERT OR IGNORE INTO observable (incident_id, type, value, note, added_utc) "
                                              "VALUES (?, ?, ?, '', ?)"));
            task.prepare(QStringLiteral("INSERT OR IGNORE INTO incident_task (incident_id, position, task_key, text, done) "
                                        "VALUES (?, ?, ?, ?, ?)"));
            anchor.prepare(QStringLiteral("UPDATE incident SET journal_count = ?, journal_head = ? WHERE id = ?"));
            qint64 firstId = 0, lastId = 0;
            for (int n = 0; n < batch; ++n) {
                auto next = IncidentIdentifiers::next(db, year);
                if (!next)
                    return next.error();
                const QString ident = *next;
                const RsitClass &rsit = tax.rsit().at(int(random.bounded(quint32(tax.rsit().size()))));
                const TaxonomyTerm &type = rsit.types.at(int(random.bounded(quint32(rsit.types.size()))));
                const QString impact = levels.at(int(random.bounded(3u))), urgency = levels.at(int(random.bounded(3u)));
                const QDateTime detected = base.addSecs(qint64(random.bounded(730u * 86400u)));
                const QString t = title(rsit.term.key, random);
                const QString status = statuses.at(int(random.bounded(quint32(statuses.size()))));
                // Milestones as far as the status has come: triage within a day, containment and resolution
                // within days, closure a few days after.
                const int stage = int(statuses.indexOf(status)); // new, triage, response, resolved, closed
                const QDateTime triaged = detected.addSecs(1800 + qint64(random.bounded(86400u)));
                const QDateTime contained = triaged.addSecs(3600 + qint64(random.bounded(3u * 86400u)));
                const QDateTime resolved = contained.addSecs(3600 + qint64(random.bounded(7u * 86400u)));
                const QDateTime closed = resolved.addSecs(86400 + qint64(random.bounded(3u * 86400u)));
                const QDateTime now = QDateTime::currentDateTimeUtc(); // generated times are never in the future
                auto at = [&now](bool reached, const QDateTime &when) {
                    return reached ? QVariant(sql::toUtcText(qMin(when, now))) : sql::null();
                };
                for (const QVariant &v : QVariantList { ident, t, QStringLiteral("%1. Reported via the service desk.").arg(t),
                                                       people.at(int(random.bounded(4u))), QStringLiteral("internal_user"),
                                                       status, impact, urgency,
                                                       matrix->value(PriorityMatrix::key(impact, urgency)), rsit.term.key, type.key,
                                                       tax.defaultJpcert(rsit.term.key, type.key),
                                                       tlps.at(int(random.bounded(quint32(tlps.size())))),
                                                       sql::toUtcText(detected), sql::toUtcText(detected.addSecs(600)),
                                                       people.at(int(random.bounded(4u))), sql::toUtcText(detected),
                                                       sql::toUtcText(detected), at(stage >= 2, triaged),
                                                       at(stage >= 2 && random.bounded(4u) > 0, contained), at(stage >= 3, resolved),
                                                       at(stage >= 4, closed) })
                    incident.addBindValue(v);
                if (!incident.exec())
                    return sql::toError(incident.lastError(), tr("Generating incidents"));
                const qint64 id = incident.lastInsertId().toLongLong();
                firstId = firstId ? firstId : id;
                lastId = id;
                // A journal of 5–30 entries, hash-chained like the real one.
                JournalRecord record;
                const int entries = 5 + int(random.bounded(26u));
                for (int e = 1; e <= entries; ++e) {
                    record.sequence = e;
                    record.atUtc = sql::fromUtcText(sql::toUtcText(detected.addSecs(e * 900)));
                    record.author = people.at(int(random.bounded(4u)));
                    record.kind = e == 1 ? QStringLiteral("status") : QStringLiteral("action");
                    record.text = e == 1 ? QStringLiteral("Incident %1 recorded: %2").arg(ident, t)
                                         : actions().at(int(random.bounded(quint32(actions().size()))));
                    record.previousHash = e == 1 ? QStringLiteral("") : record.hash; // bound directly: never null
                    record.hash = JournalChain::hash(ident, record);
                    for (const QVariant &v : QVariantList { id, e, sql::toUtcText(record.atUtc), record.author, record.kind,
                                                           record.text, record.previousHash, record.hash })
                        journal.addBindValue(v);
                    if (!journal.exec())
                        return sql::toError(journal.lastError(), tr("Generating incidents"));
                }
                anchor.addBindValue(entries);
                anchor.addBindValue(record.hash);
                anchor.addBindValue(id);
                if (!anchor.exec())
                    return sql::toError(anchor.lastError(), tr("Generating incidents"));
                const QList<QPair<QString, QString>> values = {
                    { QStringLiteral("ipv4"), QStringLiteral("198.51.%1.%2").arg(random.bounded(256u)).arg(random.bounded(256u)) },
                    { QStringLiteral("domain"), QStringLiteral("host%1.example.net").arg(random.bounded(5000u)) },
                    { QStringLiteral("sha256"), QString::fromLatin1(QByteArray::number(random.generate64(), 16).rightJustified(16, '0').repeated(4)) },
                };
                for (int o = 0; o < 1 + int(random.bounded(3u)); ++o) {
                    for (const QVariant &v : QVariantList { id, values.at(o).first, values.at(o).second, sql::toUtcText(detected) })
                        observable.addBindValue(v);
                    if (!observable.exec())
                        return sql::toError(observable.lastError(), tr("Generating incidents"));
                }
                const QStringList playbooks = IncidentTasks::suggested(rsit.term.key, type.key, QString());
                if (!playbooks.isEmpty()) {
                    for (const Playbook &p : IncidentTasks::playbooks()) {
                        if (p.key != playbooks.first())
                            continue;
                        for (int k = 0; k < p.tasks.size(); ++k) {
                            for (const QVariant &v : QVariantList { id, k, p.tasks.at(k).first, p.tasks.at(k).second.en,
                                                                   int(random.bounded(2u)) })
                                task.addBindValue(v);
                            if (!task.exec())
                                return sql::toError(task.lastError(), tr("Generating incidents"));
                        }
                    }
                }
            }
            if (auto indexed = sql::exec(db, QStringLiteral("INSERT INTO incident_fts (rowid, ident, title, summary, body) "
                                                            "SELECT i.id, i.ident, i.title, i.summary || ' ' || i.lessons, b.body "
                                                            "FROM incident i JOIN incident_fts_body b ON b.incident_id = i.id "
                                                            "WHERE i.id BETWEEN ? AND ?"), { firstId, lastId }); !indexed)
                return indexed.error();
            return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM workspace_meta WHERE key = 'fts_bulk'")));
        });
        if (!written)
            return written.error();
        done += batch;
        if (progress && !progress(done, count))
            break; // every finished batch is committed and complete
    }
    return done;
}

} // namespace csirtkit
