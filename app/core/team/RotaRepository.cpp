#include "team/RotaRepository.h"

#include "common/CoreResources.h"
#include "common/Language.h"
#include "common/TextRules.h"
#include "team/RoleCatalogue.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace csirtkit {

namespace {

struct Holiday
{
    QDate date;
    LocalText title;
};

const QList<Holiday> &holidayList()
{
    static const QList<Holiday> list = [] {
        initCoreResources();
        QList<Holiday> result;
        QFile file(QStringLiteral(":/content/holidays_jp.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("CSIRT Kit content file holidays_jp.json is missing from the build");
        const QJsonObject years = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("years")).toObject();
        for (auto year = years.begin(); year != years.end(); ++year)
            for (const QJsonValue &v : year.value().toArray())
                result.append({ QDate::fromString(v.toObject().value(QLatin1String("date")).toString(), Qt::ISODate),
                                LocalText::fromJson(v.toObject().value(QLatin1String("title"))) });
        return result;
    }();
    return list;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

QVariant personOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString RotaSettings::periodKey(RotaPeriod period)
{
    switch (period) {
    case RotaPeriod::Weekly: return QStringLiteral("weekly");
    case RotaPeriod::HalfWeek: return QStringLiteral("half-week");
    case RotaPeriod::Daily: return QStringLiteral("daily");
    }
    return {};
}

std::optional<RotaPeriod> RotaSettings::periodFromKey(const QString &key)
{
    for (RotaPeriod p : { RotaPeriod::Weekly, RotaPeriod::HalfWeek, RotaPeriod::Daily })
        if (periodKey(p) == key)
            return p;
    return std::nullopt;
}

QJsonObject RotaSettings::toJson() const
{
    QJsonArray ids;
    for (qint64 id : people)
        ids.append(id);
    return { { QStringLiteral("period"), periodKey(rules.period) },
             { QStringLiteral("week_start"), int(rules.weekStart) },
             { QStringLiteral("handover"), rules.handover.toString(QStringLiteral("HH:mm")) },
             { QStringLiteral("min_rest_hours"), rules.minRestHours },
             { QStringLiteral("max_consecutive"), rules.maxConsecutive },
             { QStringLiteral("secondary"), rules.secondary },
             { QStringLiteral("role"), role },
             { QStringLiteral("people"), ids },
             { QStringLiteral("escalate_secondary_minutes"), escalateToSecondaryMinutes },
             { QStringLiteral("escalate_commander_minutes"), escalateToCommanderMinutes } };
}

RotaSettings RotaSettings::fromJson(const QJsonObject &json)
{
    RotaSettings s;
    if (auto p = periodFromKey(json.value(QLatin1String("period")).toString()))
        s.rules.period = *p;
    const int day = json.value(QLatin1String("week_start")).toInt(int(s.rules.weekStart));
    if (day >= 1 && day <= 7)
        s.rules.weekStart = Qt::DayOfWeek(day);
    const QTime handover = QTime::fromString(json.value(QLatin1String("handover")).toString(), QStringLiteral("HH:mm"));
    if (handover.isValid())
        s.rules.handover = handover;
    s.rules.minRestHours = json.value(QLatin1String("min_rest_hours")).toInt(s.rules.minRestHours);
    s.rules.maxConsecutive = json.value(QLatin1String("max_consecutive")).toInt(s.rules.maxConsecutive);
    s.rules.secondary = json.value(QLatin1String("secondary")).toBool(s.rules.secondary);
    s.role = json.value(QLatin1String("role")).toString(s.role);
    for (const QJsonValue &v : json.value(QLatin1String("people")).toArray())
        s.people << v.toInteger();
    s.escalateToSecondaryMinutes = json.value(QLatin1String("escalate_secondary_minutes")).toInt(s.escalateToSecondaryMinutes);
    s.escalateToCommanderMinutes = json.value(QLatin1String("escalate_commander_minutes")).toInt(s.escalateToCommanderMinutes);
    return s;
}

QString RotaSettings::problem() const
{
    using R = RotaRepository;
    if (rules.minRestHours < 0 || rules.minRestHours > 168)
        return R::tr("The minimum rest must be between 0 and 168 hours.");
    if (rules.maxConsecutive < 0 || rules.maxConsecutive > 28)
        return R::tr("The most periods in a row must be between 1 and 28, or 0 for no limit.");
    if (!rules.handover.isValid())
        return R::tr("Enter the time of the change of shift as HH:MM.");
    if (people.isEmpty() && role.isEmpty())
        return R::tr("Choose the role whose holder and deputies take on-call duty, or name the people.");
    if (escalateToSecondaryMinutes < 1 || escalateToCommanderMinutes <= escalateToSecondaryMinutes
        || escalateToCommanderMinutes > 24 * 60)
        return R::tr("Escalate to the secondary after at least 1 minute, and to the commander later than that (at most a day).");
    return {};
}

Result<RotaSettings> RotaRepository::settings() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT rota FROM team_settings WHERE id = 1"));
    if (!v)
        return v.error();
    return RotaSettings::fromJson(QJsonDocument::fromJson(v->toString().toUtf8()).object());
}

Result<void> RotaRepository::setSettings(const RotaSettings &s)
{
    if (const QString problem = s.problem(); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    const QString text = QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
    return m_workspace.write(QStringLiteral("rota"), QStringLiteral("settings"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET rota = ? WHERE id = 1"), { text }));
    });
}

Result<QList<RotaPerson>> RotaRepository::eligible() const
{
    auto s = settings();
    if (!s)
        return s.error();
    QString statement;
    QVariantList values;
    if (!s->people.isEmpty()) {
        QStringList marks;
        for (qint64 id : s->people) {
            marks << QStringLiteral("?");
            values << id;
        }
        statement = QStringLiteral("SELECT id, name FROM person WHERE active = 1 AND id IN (%1) ORDER BY name COLLATE NOCASE, id")
                        .arg(marks.join(u','));
    } else {
        statement = QStringLiteral("SELECT DISTINCT p.id, p.name FROM person p JOIN role_assignment a ON a.person = p.id "
                                   "WHERE p.active = 1 AND a.role = ? ORDER BY p.name COLLATE NOCASE, p.id");
        values << s->role;
    }
    auto q = sql::exec(m_workspace.db(), statement, values);
    if (!q)
        return q.error();
    QList<RotaPerson> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toString() });
    return list;
}

Result<QList<RotaAbsence>> RotaRepository::absences() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT person, from_date, to_date FROM absence"));
    if (!q)
        return q.error();
    QList<RotaAbsence> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), QDate::fromString(q->value(1).toString(), Qt::ISODate),
                      QDate::fromString(q->value(2).toString(), Qt::ISODate) });
    return list;
}

Result<QList<RotaEntry>> RotaRepository::entries(QDate from, QDate to) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT start_date, end_date, primary_person, secondary_person, fixed, "
                                                        "agreed_by, handover FROM rota_shift WHERE end_date >= ? AND start_date <= ? "
                                                        "ORDER BY start_date"),
                       { dateText(from), dateText(to) });
    if (!q)
        return q.error();
    QList<RotaEntry> list;
    while (q->next()) {
        RotaEntry e;
        e.shift.start = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        e.shift.end = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        e.shift.primary = q->value(2).toLongLong();
        e.shift.secondary = q->value(3).toLongLong();
        e.shift.fixed = q->value(4).toBool();
        e.agreedBy = q->value(5).toString();
        e.handover = q->value(6).toString();
        list << e;
    }
    return list;
}

Result<RotaPlan> RotaRepository::plan(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::Invalid, tr("Choose a first and a last day, the last on or after the first."));
    if (from.daysTo(to) > 3 * 366)
        return makeError(ErrorCode::Invalid, tr("Plan at most three years at a time."));
    auto s = settings();
    auto people = eligible();
    auto away = absences();
    auto stored = entries(from, to);
    for (const Error *e : { s ? nullptr : &s.error(), people ? nullptr : &people.error(), away ? nullptr : &away.error(),
                            stored ? nullptr : &stored.error() })
        if (e)
            return *e;
    if (people->isEmpty()) {
        const TeamRole *role = RoleCatalogue::instance().role(s->role);
        return makeError(ErrorCode::Invalid,
                         tr("Nobody is eligible for on-call duty. Assign a holder or deputies to %1, or name the people "
                            "of the rota in its settings.")
                             .arg(role ? role->title.in(Language::current()) : s->role));
    }
    QList<RotaShift> kept;
    for (const RotaEntry &e : std::as_const(*stored))
        if (e.shift.fixed)
            kept << e.shift;
    return RotaPlanner::generate(s->rules, from, to, *people, *away, holidays(), kept);
}

Result<QList<RotaShift>> RotaRepository::shiftsFilled(QDate from, QDate to, int *generated) const
{
    auto s = settings();
    if (!s)
        return s.error();
    auto stored = entries(from, to);
    if (!stored)
        return stored.error();
    QHash<QDate, RotaShift> byStart;
    for (const RotaEntry &e : std::as_const(*stored))
        byStart.insert(e.shift.start, e.shift);
    QList<RotaShift> result;
    int missing = 0;
    std::optional<RotaPlan> generatedPlan;
    for (const RotaShift &period : RotaPlanner::periods(s->rules, from, to)) {
        if (byStart.contains(period.start)) {
            result << byStart.value(period.start);
            continue;
        }
        if (!generatedPlan) {
            // Fill the gaps with a plan that treats every stored shift as fixed.
            auto people = eligible();
            auto away = absences();
            if (!people)
                return people.error();
            if (!away)
                return away.error();
            QList<RotaShift> kept;
            for (RotaShift shift : std::as_const(byStart)) {
                shift.fixed = true;
                kept << shift;
            }
            generatedPlan = RotaPlanner::generate(s->rules, from, to, *people, *away, holidays(), kept);
        }
        for (const RotaShift &shift : generatedPlan->shifts)
            if (shift.start == period.start)
                result << shift;
        ++missing;
    }
    if (generated)
        *generated = missing;
    return result;
}

Result<void> RotaRepository::save(const QList<RotaShift> &shifts)
{
    return m_workspace.write(QStringLiteral("rota"), QStringLiteral("planned"), [&](QSqlDatabase &db) -> Result<void> {
        for (const RotaShift &s : shifts) {
            // Hand edits stay; a planned shift of the same period is replaced.
            auto fixed = sql::scalar(db, QStringLiteral("SELECT fixed FROM rota_shift WHERE start_date = ?"), { dateText(s.start) });
            if (!fixed)
                return fixed.error();
            if (fixed->toBool())
                continue;
            if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM rota_shift WHERE start_date <= ? AND end_date >= ? AND fixed = 0"),
                                           { dateText(s.end), dateText(s.start) }));
                !r)
                return r;
            if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT INTO rota_shift (start_date, end_date, primary_person, "
                                                              "secondary_person, fixed) VALUES (?, ?, ?, ?, 0)"),
                                           { dateText(s.start), dateText(s.end), personOrNull(s.primary), personOrNull(s.secondary) }));
                !r)
                return r;
        }
        return {};
    });
}

Result<void> RotaRepository::setShifts(const QList<RotaShift> &shifts, const QString &agreedBy)
{
    if (auto problem = TextRules::problem(agreedBy, TextRules::Kind::Line))
        return makeError(ErrorCode::Invalid, *problem);
    for (const RotaShift &s : shifts)
        if (!s.start.isValid() || !s.end.isValid() || s.end < s.start)
            return makeError(ErrorCode::Invalid, tr("A shift needs a first and a last day, the last on or after the first."));
    return m_workspace.write(QStringLiteral("rota"), QStringLiteral("edited"), [&](QSqlDatabase &db) -> Result<void> {
        for (const RotaShift &s : shifts)
            if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT INTO rota_shift (start_date, end_date, primary_person, "
                                                              "secondary_person, fixed, agreed_by) VALUES (?, ?, ?, ?, 1, ?) "
                                                              "ON CONFLICT (start_date) DO UPDATE SET end_date = excluded.end_date, "
                                                              "primary_person = excluded.primary_person, secondary_person = "
                                                              "excluded.secondary_person, fixed = 1, agreed_by = excluded.agreed_by"),
                                           { dateText(s.start), dateText(s.end), personOrNull(s.primary),
                                             personOrNull(s.secondary), agreedBy.trimmed() }));
                !r)
                return r;
        return {};
    });
}

Result<void> RotaRepository::setHandover(QDate start, const QString &note)
{
    if (auto problem = TextRules::problem(note, TextRules::Kind::Lines))
        return makeError(ErrorCode::Invalid, *problem);
    return m_workspace.write(QStringLiteral("rota"), QStringLiteral("handover"), [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db, QStringLiteral("UPDATE rota_shift SET handover = ? WHERE start_date = ?"), { note, dateText(start) });
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("Save the rota before writing a handover note for its shifts."));
        return {};
    });
}

Result<std::pair<RotaEntry, RotaEntry>> RotaRepository::nowAndNext(const QDateTime &utc) const
{
    auto s = settings();
    if (!s)
        return s.error();
    const QTimeZone zone = WorkspaceTimeZone::read(m_workspace);
    const QDate today = utc.toTimeZone(zone).date();
    auto list = entries(today.addDays(-31), today.addDays(62));
    if (!list)
        return list.error();
    std::pair<RotaEntry, RotaEntry> result;
    for (const RotaEntry &e : std::as_const(*list)) {
        const QDateTime start = RotaPlanner::dutyStartUtc(s->rules, e.shift, zone);
        const QDateTime end = RotaPlanner::dutyEndUtc(s->rules, e.shift, zone);
        if (start <= utc && utc < end)
            result.first = e;
        else if (start > utc && !result.second.shift.start.isValid())
            result.second = e;
    }
    return result;
}

Result<QString> RotaRepository::calendarId() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'calendar_id'"));
    if (!v)
        return v.error();
    return v->toString();
}

const QSet<QDate> &RotaRepository::holidays()
{
    static const QSet<QDate> set = [] {
        QSet<QDate> result;
        for (const Holiday &h : holidayList())
            result.insert(h.date);
        return result;
    }();
    return set;
}

QString RotaRepository::holidayName(QDate date, const QString &language)
{
    for (const Holiday &h : holidayList())
        if (h.date == date)
            return h.title.in(language);
    return {};
}

} // namespace csirtkit
