#include "incidents/IncidentGenerator.h"

#include "common/Language.h"
#include "incidents/IncidentHistory.h"
#include "workspace/Workspace.h"

#include <QRandomGenerator>

namespace csirtkit {

namespace {

constexpr int Batch = 500;

} // namespace

Result<int> IncidentGenerator::generate(Workspace &workspace, int count, quint32 seed,
                                        const std::function<bool(int, int)> &progress, const QString &language)
{
    if (count < 1 || count > 1000000)
        return makeError(ErrorCode::Invalid, tr("Give a number of incidents from 1 to 1,000,000."));
    const QString lang = language == QLatin1String("ja") ? language : QStringLiteral("en");
    const Language::Scope scope(lang); // status lines written as in a workspace used in that language
    const QList<IncidentStory> &stories = IncidentHistory::stories();
    const QStringList people = IncidentHistory::people(lang).values();
    QStringList sortedPeople = people;
    sortedPeople.sort(); // hash order is not repeatable; the seed must be
    // Most incidents of a two-year log are closed; the recent ones are still being worked on.
    const QStringList closedOnes = { QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("closed"),
                                     QStringLiteral("closed"), QStringLiteral("closed") };
    const QStringList openOnes = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                                   QStringLiteral("response") };
    QRandomGenerator random(seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int done = 0;
    while (done < count) {
        const int batch = qMin(Batch, count - done);
        auto written = workspace.write(QStringLiteral("incident"), QStringLiteral("generated"), [&](QSqlDatabase &db) -> Result<void> {
            return IncidentHistory::writeAll(db, batch, [&](int n) {
                IncidentHistory::Plan plan;
                plan.story = &stories.at(int(random.bounded(quint32(stories.size()))));
                // Spread over two years in the order they are written, so that identifiers count up with time.
                const qint64 spacing = qMax<qint64>(1, 730LL * 86400 / count);
                const qint64 ago = (count - done - n - 1) * spacing + qint64(random.bounded(quint32(qMin<qint64>(spacing, 86400))));
                plan.detectedUtc = now.addSecs(-ago - 3600);
                const QStringList &statuses = ago < 21 * 86400 ? openOnes : closedOnes;
                plan.status = statuses.at(int(random.bounded(quint32(statuses.size()))));
                plan.assignee = sortedPeople.at(int(random.bounded(quint32(sortedPeople.size()))));
                plan.people = sortedPeople;
                plan.language = lang;
                return plan;
            }, random);
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
