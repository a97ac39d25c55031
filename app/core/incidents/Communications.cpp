#include "incidents/Communications.h"

#include "common/TextRules.h"
#include "incidents/IncidentJournal.h"
#include "incidents/Taxonomy.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

#include <tuple>

namespace csirtkit {


QStringList Communications::channels()
{
    return { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("pgp_email"), QStringLiteral("meeting"),
             QStringLiteral("chat"), QStringLiteral("letter") };
}

Result<void> Communications::validate(const Communication &c)
{
    if (!channels().contains(c.channel))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a communication channel.").arg(c.channel));
    if (c.direction != QLatin1String("incoming") && c.direction != QLatin1String("outgoing"))
        return makeError(ErrorCode::Invalid, tr("A communication is incoming or outgoing."));
    if (!Taxonomy::instance().isTlp(c.tlp))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label.").arg(c.tlp));
    using K = TextRules::Kind;
    const std::tuple<QString, K, QString> texts[] = {
        { c.person.trimmed(), K::Line, tr("The person") },
        { c.organisation.trimmed(), K::Line, tr("The organisation") },
        { c.callback.trimmed(), K::Line, tr("The call-back number") },
        { c.summary, K::Lines, tr("The summary") },
        { c.reported, K::Lines, tr("What was reported") },
        { c.promised, K::Lines, tr("What was promised") },
    };
    for (const auto &[text, kind, what] : texts)
        if (auto valid = TextRules::check(text, kind, what); !valid)
            return valid;
    if (c.person.trimmed().isEmpty() && c.organisation.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say who the communication was with: a person or an organisation."));
    if (c.channel == QLatin1String("phone") && c.direction == QLatin1String("incoming")
        && (c.callback.trimmed().isEmpty() || c.reported.trimmed().isEmpty()))
        return makeError(ErrorCode::Invalid, tr("For a call received, note the number to call back and what the caller "
                                                "reported."));
    return {};
}

Result<qint64> Communications::add(const Communication &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    return m_workspace.insert(QStringLiteral("communication"), c.channel,
                              [&](QSqlDatabase &db) { return addIn(db, c); });
}

Result<qint64> Communications::addIn(QSqlDatabase &db, const Communication &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    if (auto exists = IncidentRepository::requireIncident(db, c.incidentId); !exists)
        return exists.error();
    return sql::insert(db,
                       QStringLiteral("INSERT INTO communication (incident_id, at_utc, direction, channel, person, "
                                      "organisation, summary, tlp, callback, reported, promised, author) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       { c.incidentId, c.atUtc.isValid() ? sql::toUtcText(c.atUtc) : sql::nowUtcText(), c.direction,
                         c.channel, c.person.trimmed(), c.organisation.trimmed(), c.summary, c.tlp, c.callback.trimmed(),
                         c.reported, c.promised, IncidentJournal::authorName(c.author) });
}

Result<QList<Communication>> Communications::list(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, incident_id, at_utc, direction, channel, person, organisation, summary, "
                                      "tlp, callback, reported, promised, author FROM communication WHERE incident_id = ? "
                                      "ORDER BY at_utc, id"),
                       { incidentId });
    if (!q)
        return q.error();
    QList<Communication> list;
    while (q->next()) {
        Communication c;
        int i = 0;
        c.id = q->value(i++).toLongLong();
        c.incidentId = q->value(i++).toLongLong();
        c.atUtc = sql::fromUtcText(q->value(i++).toString());
        for (QString *s : { &c.direction, &c.channel, &c.person, &c.organisation, &c.summary, &c.tlp, &c.callback,
                            &c.reported, &c.promised, &c.author })
            *s = q->value(i++).toString();
        list.append(c);
    }
    return list;
}

} // namespace csirtkit
