#include "TeamCliCommands.h"

#include "common/TextRules.h"
#include "CliCommands.h"

#include "common/Language.h"
#include "team/ICalendarWriter.h"
#include "team/RoleCatalogue.h"
#include "team/RotaRepository.h"
#include "team/TeamCoverage.h"
#include "team/TeamPlanDocument.h"
#include "workspace/OutputTarget.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace csirtkit {

namespace {

const QStringList Subcommands = { QStringLiteral("roles"), QStringLiteral("people"), QStringLiteral("gaps"),
                                  QStringLiteral("raci"), QStringLiteral("staffing"), QStringLiteral("rota"),
                                  QStringLiteral("plan") };

QJsonValue nameOrNull(const TeamState &state, qint64 id)
{
    const Person *p = state.person(id);
    return p ? QJsonValue(p->name) : QJsonValue(QJsonValue::Null);
}

} // namespace

void TeamCliCommands::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

int TeamCliCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The team of a workspace. roles: each role with its holder and deputies; people: the people register; "
           "gaps: what the coverage rules find (exit 1 with --strict when there is any); raci: who is responsible, "
           "accountable, consulted and informed; staffing: the FTE calculation; rota: the on-call rota as iCalendar; "
           "plan: the staffing plan document. Only rota and plan write a file, never the workspace."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("WHAT"), Subcommands.join(u'|'));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of objects instead of text."));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("gaps: exit 1 when any gap exists."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of names and messages: en or ja."), tr("LANG"));
    const QCommandLineOption model(QStringLiteral("model"), tr("staffing: business-hours, on-call, extended, 24x7 or outsourced."),
                                   tr("MODEL"));
    const QCommandLineOption seats(QStringLiteral("seats"), tr("staffing: positions staffed at the same time."), tr("N"));
    const QCommandLineOption hours(QStringLiteral("hours-per-week"), tr("staffing: contract hours of one person."), tr("H"));
    const QCommandLineOption leave(QStringLiteral("leave-days"), tr("staffing: days of leave a year."), tr("D"));
    const QCommandLineOption holidays(QStringLiteral("holidays"), tr("staffing: public holidays a year."), tr("D"));
    const QCommandLineOption training(QStringLiteral("training-days"), tr("staffing: training days a year."), tr("D"));
    const QCommandLineOption sick(QStringLiteral("sick-days"), tr("staffing: sick days a year."), tr("D"));
    const QCommandLineOption from(QStringLiteral("from"), tr("rota, plan: the first day (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("rota, plan: the last day (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("plan: pdf, odt, html or md."), tr("FORMAT"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), tr("plan: include people's contact details (personal data)."));
    const auto output = CliCommands::outputOptions();
    for (const QCommandLineOption *o : { &json, &strict, &lang, &model, &seats, &hours, &leave, &holidays, &training, &sick,
                                         &from, &to, &format, &contacts, &output.output, &output.force })
        parser.addOption(*o);
    if (int rc = CliCommands::parse(parser, QStringLiteral("team"), arguments, m_out, m_err, 2); rc >= 0)
        return rc;
    const QString what = parser.positionalArguments().at(1);
    if (!Subcommands.contains(what)) {
        m_err << tr("Unknown team command “%1”: use %2.").arg(what, Subcommands.join(QStringLiteral(", "))) << '\n';
        return ExitUsage;
    }
    m_language = parser.isSet(lang) ? parser.value(lang) : Language::current();
    if (!Language::available().contains(m_language)) {
        m_err << tr("Unknown language “%1”: use en or ja.").arg(m_language) << '\n';
        return ExitUsage;
    }
    Language::apply(m_language);
    auto workspace = Workspace::openForReading(parser.positionalArguments().at(0));
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    if ((*workspace)->schemaVersion() < Workspace::latestSchemaVersion()) {
        m_err << tr("“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then try again.")
                     .arg(parser.positionalArguments().at(0))
              << '\n';
        return ExitFailure;
    }
    if (what == QLatin1String("rota"))
        return rota(parser, **workspace);
    if (what == QLatin1String("plan"))
        return plan(parser, **workspace);
    auto state = TeamState::load(**workspace);
    if (!state) {
        m_err << state.error().message << '\n';
        return ExitFailure;
    }
    if (what == QLatin1String("roles"))
        return roles(*state, parser.isSet(json));
    if (what == QLatin1String("people"))
        return people(*state, parser.isSet(json));
    if (what == QLatin1String("gaps"))
        return gaps(*state, parser.isSet(json), parser.isSet(strict));
    if (what == QLatin1String("raci"))
        return raci(*state, parser.isSet(json));
    return staffing(parser, *state, parser.isSet(json));
}

int TeamCliCommands::roles(const TeamState &state, bool json)
{
    QJsonArray array;
    for (const EffectiveRole &r : state.roles) {
        QJsonArray deputies;
        QStringList deputyNames;
        for (qint64 d : state.deputies(r.key)) {
            deputies.append(nameOrNull(state, d));
            deputyNames << nameOrNull(state, d).toString();
        }
        const QJsonValue holder = nameOrNull(state, state.holder(r.key));
        if (json) {
            array.append(QJsonObject { { QStringLiteral("id"), r.key }, { QStringLiteral("name_en"), r.title.en },
                                       { QStringLiteral("name_ja"), r.title.ja }, { QStringLiteral("group"), r.group },
                                       { QStringLiteral("holder"), holder }, { QStringLiteral("deputies"), deputies },
                                       { QStringLiteral("in_team"), r.inTeam }, { QStringLiteral("hidden"), r.hidden },
                                       { QStringLiteral("minimal"), r.minimal }, { QStringLiteral("load"), r.load },
                                       { QStringLiteral("custom"), r.custom } });
            continue;
        }
        if (r.hidden || (!r.inTeam && holder.isNull() && deputyNames.isEmpty()))
            continue;
        m_out << r.key << '\t' << r.title.in(m_language) << '\t'
              << (holder.isNull() ? tr("(no holder)") : holder.toString()) << '\t'
              << (deputyNames.isEmpty() ? tr("(no deputy)") : TextRules::list(deputyNames)) << '\n';
    }
    if (json)
        printJson(array);
    return ExitOk;
}

int TeamCliCommands::people(const TeamState &state, bool json)
{
    const QHash<qint64, int> loads = TeamCoverage::loads(state);
    QJsonArray array;
    for (const Person &p : state.people) {
        QJsonArray roleKeys;
        for (const RoleAssignment &a : state.assignments)
            if (a.person == p.id)
                roleKeys.append(QJsonObject { { QStringLiteral("role"), a.role },
                                              { QStringLiteral("as"), a.holder ? QStringLiteral("holder") : QStringLiteral("deputy") } });
        QJsonObject skills;
        for (auto it = p.skills.cbegin(); it != p.skills.cend(); ++it)
            skills.insert(it.key(), it.value());
        if (json) {
            array.append(QJsonObject {
                { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name }, { QStringLiteral("department"), p.department },
                { QStringLiteral("job_title"), p.jobTitle }, { QStringLiteral("membership"), p.membership },
                { QStringLiteral("share"), p.share }, { QStringLiteral("load"), loads.value(p.id) },
                { QStringLiteral("email"), p.email }, { QStringLiteral("phone_office"), p.phoneOffice },
                { QStringLiteral("phone_mobile"), p.phoneMobile }, { QStringLiteral("phone_24h"), p.phone24h },
                { QStringLiteral("pgp"), p.pgp }, { QStringLiteral("languages"), p.languages },
                { QStringLiteral("time_zone"), p.timeZone },
                { QStringLiteral("start_date"), p.startDate.isValid() ? p.startDate.toString(Qt::ISODate) : QString() },
                { QStringLiteral("active"), p.active }, { QStringLiteral("roles"), roleKeys }, { QStringLiteral("skills"), skills } });
            continue;
        }
        m_out << p.name << '\t' << p.department << '\t' << tr("%1 % agreed, %2 % load").arg(p.share).arg(loads.value(p.id))
              << (p.active ? QString() : QStringLiteral("\t") + tr("inactive")) << '\n';
    }
    if (json)
        printJson(array);
    return ExitOk;
}

int TeamCliCommands::gaps(const TeamState &state, bool json, bool strict)
{
    const QList<TeamGap> list = TeamCoverage::gaps(state, m_language);
    QJsonArray array;
    for (const TeamGap &g : list) {
        if (json)
            array.append(QJsonObject { { QStringLiteral("kind"), g.kind },
                                       { QStringLiteral("role"), g.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.role) },
                                       { QStringLiteral("person"), g.person ? nameOrNull(state, g.person) : QJsonValue(QJsonValue::Null) },
                                       { QStringLiteral("activity"), g.activity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.activity) },
                                       { QStringLiteral("skill"), g.skill.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.skill) },
                                       { QStringLiteral("message"), g.message } });
        else
            m_out << g.kind << '\t' << g.message << '\n';
    }
    if (json)
        printJson(array);
    else if (list.isEmpty())
        m_out << tr("No gaps: every role of the team has a holder and a deputy.") << '\n';
    return strict && !list.isEmpty() ? ExitFailure : ExitOk;
}

int TeamCliCommands::raci(const TeamState &state, bool json)
{
    QJsonArray array;
    for (const TeamActivity &activity : RoleCatalogue::instance().activities()) {
        const QHash<QString, QChar> row = state.raci.value(activity.key);
        QJsonObject cells;
        QStringList text;
        for (const EffectiveRole &r : state.roles)
            if (row.contains(r.key)) {
                cells.insert(r.key, QString(row.value(r.key)));
                text << QStringLiteral("%1=%2").arg(r.title.in(m_language), row.value(r.key));
            }
        if (json)
            array.append(QJsonObject { { QStringLiteral("activity"), activity.key },
                                       { QStringLiteral("title"), activity.title.in(m_language) },
                                       { QStringLiteral("roles"), cells } });
        else
            m_out << activity.title.in(m_language) << '\t' << TextRules::list(text) << '\n';
    }
    if (json)
        printJson(array);
    return ExitOk;
}

int TeamCliCommands::staffing(const QCommandLineParser &parser, const TeamState &state, bool json)
{
    StaffingParameters p = state.staffing;
    if (parser.isSet(QStringLiteral("model"))) {
        auto m = StaffingParameters::modelFromKey(parser.value(QStringLiteral("model")));
        if (!m) {
            m_err << tr("Unknown model “%1”: use business-hours, on-call, extended, 24x7 or outsourced.")
                         .arg(parser.value(QStringLiteral("model")))
                  << '\n';
            return ExitUsage;
        }
        p.model = *m;
    }
    struct Number
    {
        const char *option;
        double *target;
    };
    double seats = p.seats;
    for (const Number &n : { Number { "seats", &seats }, Number { "hours-per-week", &p.hoursPerWeek },
                             Number { "leave-days", &p.leaveDays }, Number { "holidays", &p.holidays },
                             Number { "training-days", &p.trainingDays }, Number { "sick-days", &p.sickDays } }) {
        const QString option = QString::fromLatin1(n.option);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *n.target = parser.value(option).toDouble(&ok);
        if (!ok) {
            m_err << tr("--%1 must be a number, not “%2”.").arg(option, parser.value(option)) << '\n';
            return ExitUsage;
        }
    }
    if (seats != double(int(seats))) {
        m_err << tr("--seats must be a whole number.") << '\n';
        return ExitUsage;
    }
    p.seats = int(seats);
    auto r = StaffingCalculator::calculate(p, state.fteAvailable());
    if (!r) {
        m_err << r.error().message << '\n';
        return ExitUsage;
    }
    if (json) {
        QJsonArray working;
        for (const StaffingStep &s : r->working)
            working.append(QJsonObject { { QStringLiteral("step"), s.label }, { QStringLiteral("value"), s.value } });
        const QJsonObject o { { QStringLiteral("model"), StaffingParameters::modelKey(p.model) },
                              { QStringLiteral("seats"), p.seats },
                              { QStringLiteral("hours_to_cover"), r->hoursToCover },
                              { QStringLiteral("productive_hours"), r->productiveHours },
                              { QStringLiteral("fte_needed"), StaffingCalculator::roundFte(r->fteNeeded) },
                              { QStringLiteral("fte_available"), StaffingCalculator::roundFte(r->fteAvailable) },
                              { QStringLiteral("shortfall"), StaffingCalculator::roundFte(r->shortfall) },
                              { QStringLiteral("working"), working } };
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const StaffingStep &s : r->working)
        m_out << s.label << ": " << s.value << '\n';
    return ExitOk;
}

int TeamCliCommands::rota(const QCommandLineParser &parser, Workspace &workspace)
{
    const auto output = CliCommands::outputOptions();
    const QDate first = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first) {
        m_err << tr("Give --from and --to as YYYY-MM-DD, the last day on or after the first.") << '\n';
        return ExitUsage;
    }
    if (parser.value(output.output).isEmpty()) {
        m_err << tr("Give the calendar file to write with --output.") << '\n';
        return ExitUsage;
    }
    if (!CliCommands::checkOutput(parser, output, m_err))
        return ExitFailure;
    RotaRepository repo(workspace);
    auto settings = repo.settings();
    auto people = TeamState::load(workspace);
    auto id = repo.calendarId();
    if (!settings || !people || !id) {
        m_err << (!settings ? settings.error() : !people ? people.error() : id.error()).message << '\n';
        return ExitFailure;
    }
    int generated = 0;
    auto shifts = repo.shiftsFilled(first, last, &generated);
    if (!shifts) {
        m_err << shifts.error().message << '\n';
        return ExitFailure;
    }
    if (generated > 0 && repo.eligible() && repo.eligible()->isEmpty()) {
        m_err << repo.plan(first, last).error().message << '\n';
        return ExitFailure;
    }
    QHash<qint64, QString> names;
    for (const Person &p : people->people)
        names.insert(p.id, p.name);
    const auto events = ICalendarWriter::rotaEvents(settings->rules, *shifts, names, WorkspaceTimeZone::read(workspace), *id);
    const QByteArray bytes = ICalendarWriter::write(tr("On-call rota"), events, QDateTime::currentDateTimeUtc());
    auto saved = OutputTarget::save(parser.value(output.output), workspace.filePath(), [&](QIODevice &device) -> Result<void> {
        if (device.write(bytes) != bytes.size())
            return makeError(ErrorCode::Io, tr("Could not write the calendar: %1").arg(device.errorString()));
        return {};
    });
    if (!saved) {
        m_err << saved.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote %n on-call duty(s) to %1.", nullptr, int(events.size())).arg(parser.value(output.output)) << '\n';
    if (generated > 0)
        m_err << tr("%n period(s) had no saved rota and were planned for this file only; save the rota in CSIRT Kit to keep them.",
                    nullptr, generated)
              << '\n';
    return ExitOk;
}

int TeamCliCommands::plan(const QCommandLineParser &parser, Workspace &workspace)
{
    const auto output = CliCommands::outputOptions();
    auto format = DocumentFormats::fromName(parser.value(QStringLiteral("format")));
    if (!format) {
        m_err << tr("Give --format pdf, odt, html or md.") << '\n';
        return ExitUsage;
    }
    if (parser.value(output.output).isEmpty()) {
        m_err << tr("Give the file to write with --output.") << '\n';
        return ExitUsage;
    }
    TeamPlanDocument::Options options;
    options.language = m_language;
    options.contacts = parser.isSet(QStringLiteral("contacts"));
    options.rotaFrom = parser.isSet(QStringLiteral("from")) ? QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate)
                                                            : QDate::currentDate();
    options.rotaTo = parser.isSet(QStringLiteral("to")) ? QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate)
                                                        : options.rotaFrom.addDays(8 * 7 - 1);
    if (!options.rotaFrom.isValid() || !options.rotaTo.isValid() || options.rotaTo < options.rotaFrom) {
        m_err << tr("Give --from and --to as YYYY-MM-DD, the last day on or after the first.") << '\n';
        return ExitUsage;
    }
    if (!CliCommands::checkOutput(parser, output, m_err))
        return ExitFailure;
    auto written = TeamPlanDocument::write(workspace, *format, options, parser.value(output.output));
    if (!written) {
        m_err << written.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote the staffing plan to %1.").arg(parser.value(output.output)) << '\n';
    return ExitOk;
}

} // namespace csirtkit
