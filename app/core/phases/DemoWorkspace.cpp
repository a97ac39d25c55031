#include "phases/DemoWorkspace.h"


#include "common/CoreResources.h"
#include "common/Language.h"
#include "incidents/IncidentHistory.h"
#include "org/OrgProfileRepository.h"
#include "phases/DecisionRepository.h"
#include "phases/PlanRepository.h"
#include "phases/WorksheetRepository.h"
#include "team/DemoTeam.h"
#include "workspace/FileIdentity.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

namespace csirtkit {

namespace {

// demo.json and the choices that turn its values into text: the language, today and the people.
struct DemoData
{
    QJsonObject root;
    QString language;
    QDate today;

    QString text(const QJsonValue &value) const
    {
        if (value.isString())
            return value.toString();
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("days")))
            return today.addDays(o.value(QLatin1String("days")).toInt()).toString(Qt::ISODate);
        if (o.contains(QLatin1String("person")))
            return person(o.value(QLatin1String("person")).toString());
        return LocalText { o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ja")).toString() }.in(language);
    }
    QString person(const QString &key) const
    {
        return key.isEmpty() ? QString() : text(root.value(QLatin1String("people")).toObject().value(key));
    }
    QJsonValue worksheetValue(const QJsonValue &value) const
    {
        if (!value.isArray())
            return text(value);
        QJsonArray rows;
        for (const QJsonValue &row : value.toArray()) {
            QJsonObject cells;
            const QJsonObject source = row.toObject();
            for (auto it = source.constBegin(); it != source.constEnd(); ++it)
                cells.insert(it.key(), text(it.value()));
            rows.append(cells);
        }
        return rows;
    }
};

Error missingContent(const QString &what)
{
    return makeError(ErrorCode::Invalid, DemoWorkspace::tr("The demo data refers to “%1”, which this version of CSIRT "
                                                           "Kit does not have. Please report this as a bug.")
                                             .arg(what));
}

Result<void> fillProfile(Workspace &workspace, const DemoData &demo)
{
    OrgProfileRepository profile(workspace);
    const QJsonObject org = demo.root.value(QLatin1String("organisation")).toObject();
    for (OrgProfile::Field field : OrgProfile::allFields()) {
        const QJsonValue value = org.value(OrgProfile::column(field));
        if (value.isUndefined())
            continue;
        if (auto stored = profile.setValue(field, demo.text(value)); !stored)
            return stored.error();
    }
    return {};
}

Result<void> fillPlan(Workspace &workspace, const DemoData &demo)
{
    PlanRepository plan(workspace);
    auto steps = plan.steps();
    if (!steps)
        return steps.error();
    const QJsonArray doneSteps = demo.root.value(QLatin1String("done_steps")).toArray();
    for (const QJsonValue &key : doneSteps) {
        const auto step = std::find_if(steps->cbegin(), steps->cend(),
                                       [&](const PlanStep &s) { return s.key == key.toString(); });
        if (step == steps->cend())
            return missingContent(key.toString());
        auto items = plan.items(step->id);
        if (!items)
            return items.error();
        for (const PlanItem &item : std::as_const(*items))
            if (auto done = plan.setStatus(item.id, ItemStatus::Done); !done)
                return done.error();
    }
    auto all = plan.allItems();
    if (!all)
        return all.error();
    QHash<QString, qint64> ids;
    for (const PlanItem &item : std::as_const(*all))
        ids.insert(item.key, item.id);
    for (const QJsonValue &value : demo.root.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        const qint64 id = ids.value(key);
        const auto status = PlanText::statusFromKey(o.value(QLatin1String("status")).toString());
        if (!id || !status)
            return missingContent(key);
        Result<void> written = plan.setStatus(id, *status, demo.text(o.value(QLatin1String("reason"))));
        if (written && o.contains(QLatin1String("owner")))
            written = plan.setOwner(id, demo.person(o.value(QLatin1String("owner")).toString()));
        if (written && o.contains(QLatin1String("due")))
            written = plan.setDueDate(id, demo.today.addDays(o.value(QLatin1String("due")).toInt()));
        if (written && o.contains(QLatin1String("notes")))
            written = plan.setNotes(id, demo.text(o.value(QLatin1String("notes"))));
        if (!written)
            return written;
    }
    return {};
}

Result<void> fillDecisions(Workspace &workspace, const DemoData &demo)
{
    DecisionRepository decisions(workspace);
    for (const QJsonValue &value : demo.root.value(QLatin1String("services")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto status = DecisionRepository::statusFromKey(o.value(QLatin1String("status")).toString());
        if (!status)
            return missingContent(o.value(QLatin1String("status")).toString());
        const ServiceChoice choice { o.value(QLatin1String("key")).toString(), *status,
                                     demo.text(o.value(QLatin1String("scope"))),
                                     demo.text(o.value(QLatin1String("hours"))) };
        if (auto written = decisions.setServiceChoice(choice); !written)
            return written;
    }
    const QJsonObject model = demo.root.value(QLatin1String("org_model")).toObject();
    return decisions.setOrgModel(model.value(QLatin1String("key")).toString(),
                                 demo.text(model.value(QLatin1String("reason"))));
}

Result<void> fillWorksheets(Workspace &workspace, const DemoData &demo)
{
    WorksheetRepository worksheets(workspace);
    const QJsonObject all = demo.root.value(QLatin1String("worksheets")).toObject();
    for (const QString &kind : Worksheets::kinds()) {
        const QJsonObject fields = all.value(kind).toObject();
        // In the worksheet's own field order, so a missing field in demo.json is simply left empty.
        for (const Worksheets::Field &field : Worksheets::fields(kind)) {
            if (!fields.contains(field.key))
                continue;
            if (auto written = worksheets.setField(kind, field.key, demo.worksheetValue(fields.value(field.key))); !written)
                return written.error();
        }
    }
    return {};
}


// The organisation's incident log of the last twelve months (incident_stories.json's history), written
// in one transaction with the times each step happened.
Result<void> fillIncidents(Workspace &workspace, const DemoData &demo)
{
    const Language::Scope scope(demo.language); // status lines in the demo's language
    const QHash<QString, QString> people = IncidentHistory::people(demo.language);
    QStringList names = people.values();
    names.sort();
    QRandomGenerator random(2026); // the same demo every time, apart from today's date
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return workspace.write(QStringLiteral("incident"), QStringLiteral("demo"), [&](QSqlDatabase &db) -> Result<void> {
        const QList<IncidentHistory::Entry> &entries = IncidentHistory::demo();
        return IncidentHistory::writeAll(db, int(entries.size()), [&](int i) {
            const IncidentHistory::Entry &entry = entries.at(i);
            IncidentHistory::Plan plan;
            plan.story = IncidentHistory::story(entry.story);
            plan.status = entry.status;
            // Working hours in Japan or in Europe, whichever the demo speaks.
            const int hour = (demo.language == QLatin1String("ja") ? 0 : 8) + int(random.bounded(8u));
            plan.detectedUtc = QDateTime(now.date().addDays(-entry.daysAgo), QTime(hour, int(random.bounded(60u))), QTimeZone::UTC);
            plan.detectedUtc = qMin(plan.detectedUtc, now.addSecs(-3 * 3600));
            plan.assignee = people.value(entry.assignee, entry.assignee);
            plan.people = names;
            plan.language = demo.language;
            return plan;
        }, random);
    });
}

} // namespace

Result<std::unique_ptr<Workspace>> DemoWorkspace::create(const QString &path, const QString &language)
{
    initCoreResources();
    QFile file(QStringLiteral(":/content/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return missingContent(file.fileName());
    DemoData demo { QJsonDocument::fromJson(file.readAll()).object(),
                    language == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en"),
                    QDate::currentDate() };
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder “%1” does not exist. Choose another place for the demo "
                                                 "workspace.")
                                                  .arg(QDir::toNativeSeparators(target.absolutePath())));
    // A demo killed while it was being built leaves its scratch folder behind: the next one removes it.
    files::removeStaleTemporaries(QDir::tempPath());
    QTemporaryDir scratch(files::temporaryFolderTemplate(QStringLiteral("demo")));
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, tr("No temporary folder is available to build the demo workspace in (%1). "
                                           "Check that the temporary folder is writable.")
                                            .arg(scratch.errorString()));
    Result<void> built;
    {
        const QJsonObject organisation = demo.root.value(QLatin1String("organisation")).toObject();
        const QString name = demo.text(organisation.value(QLatin1String("name")));
        auto draft = Workspace::create(scratch.filePath(QStringLiteral("demo.csirt")), name);
        if (!draft)
            return draft.error();
        Workspace &workspace = **draft;
        built = fillProfile(workspace, demo);
        if (built)
            built = fillPlan(workspace, demo);
        if (built)
            built = fillDecisions(workspace, demo);
        if (built)
            built = fillWorksheets(workspace, demo);
        if (built)
            built = fillIncidents(workspace, demo);
        if (built)
            built = DemoTeam::fill(workspace, demo.root, demo.language, demo.today);
        if (built)
            built = workspace.saveCopy(target.absoluteFilePath());
    }
    if (!built)
        return built.error();
    return Workspace::open(target.absoluteFilePath());
}

} // namespace csirtkit
