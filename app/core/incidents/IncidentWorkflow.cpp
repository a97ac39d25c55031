#include "incidents/IncidentWorkflow.h"

#include "common/Language.h"
#include "incidents/Taxonomy.h"

namespace csirtkit {

QStringList IncidentWorkflow::statuses()
{
    return { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"), QStringLiteral("resolved"),
             QStringLiteral("closed"), QStringLiteral("rejected"), QStringLiteral("duplicate") };
}

QStringList IncidentWorkflow::next(const QString &from)
{
    if (from == QLatin1String("new"))
        return { QStringLiteral("triage"), QStringLiteral("rejected"), QStringLiteral("duplicate") };
    if (from == QLatin1String("triage"))
        return { QStringLiteral("response"), QStringLiteral("resolved"), QStringLiteral("rejected"), QStringLiteral("duplicate") };
    if (from == QLatin1String("response"))
        return { QStringLiteral("resolved") };
    if (from == QLatin1String("resolved"))
        return { QStringLiteral("closed"), QStringLiteral("response") };
    if (from == QLatin1String("closed"))
        return { QStringLiteral("response") }; // reopen
    if (from == QLatin1String("rejected") || from == QLatin1String("duplicate"))
        return { QStringLiteral("triage") }; // reopen
    return {};
}

QString IncidentWorkflow::statusName(const QString &status, const QString &language)
{
    const TaxonomyTerm *term = Taxonomy::instance().status(status);
    return term ? term->title.in(language) : status;
}

bool IncidentWorkflow::isOpen(const QString &status)
{
    return status == QLatin1String("new") || status == QLatin1String("triage") || status == QLatin1String("response");
}

QString IncidentWorkflow::refusal(const QString &from, const QString &to)
{
    const auto title = [](const QString &key) { return statusName(key, Language::current()); };
    QStringList possible;
    for (const QString &s : next(from))
        possible << title(s);
    return tr("An incident cannot go from “%1” to “%2”. From “%1” it can go to: %3.")
        .arg(title(from), title(to), possible.join(QStringLiteral(", ")));
}

} // namespace csirtkit
