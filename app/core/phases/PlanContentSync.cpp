// PlanRepository::syncShippedContent — keeps the shipped steps and items of a workspace in step with
// resources/content/phases.json. Runs when a workspace is created or opened with other content.
#include "phases/PlanRepository.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

namespace {

QString joinLines(const QList<LocalText> &list, bool japanese)
{
    QStringList lines;
    for (const LocalText &t : list)
        lines << (japanese ? t.ja : t.en);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<void> PlanRepository::syncShippedContent()
{
    const ContentLibrary &library = ContentLibrary::instance();
    auto stored = sql::scalar(m_workspace.db(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'content'"));
    if (!stored)
        return stored.error();
    if (stored->toByteArray() == library.fingerprint())
        return {};
    // An empty entity: content updates are not user changes and stay out of the change log.
    return m_workspace.write(QString(), QString(), [&](QSqlDatabase &db) -> Result<void> {
        for (const ContentPhase &phase : library.phases()) {
            for (int s = 0; s < phase.steps.size(); ++s) {
                const ContentStep &step = phase.steps.at(s);
                auto upsert = sql::exec(
                    db,
                    QStringLiteral("INSERT INTO plan_step (step_key, phase, position, title_en, title_ja, purpose_en, "
                                   "purpose_ja, guidance_en, guidance_ja, deliverables_en, deliverables_ja, topics) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (step_key) DO UPDATE SET "
                                   "phase = excluded.phase, position = excluded.position, title_en = excluded.title_en, "
                                   "title_ja = excluded.title_ja, purpose_en = excluded.purpose_en, purpose_ja = "
                                   "excluded.purpose_ja, guidance_en = excluded.guidance_en, guidance_ja = "
                                   "excluded.guidance_ja, deliverables_en = excluded.deliverables_en, deliverables_ja = "
                                   "excluded.deliverables_ja, topics = excluded.topics"),
                    { step.key, phase.key, s, step.title.en, step.title.ja, step.purpose.en, step.purpose.ja,
                      step.guidance.en, step.guidance.ja, joinLines(step.deliverables, false),
                      joinLines(step.deliverables, true), step.topics.join(QLatin1Char(',')) });
                if (!upsert)
                    return upsert.error();
                auto stepId = sql::scalar(db, QStringLiteral("SELECT id FROM plan_step WHERE step_key = ?"), { step.key });
                if (!stepId)
                    return stepId.error();
                for (int i = 0; i < step.items.size(); ++i) {
                    const ContentItem &item = step.items.at(i);
                    // New items take their shipped place; existing ones keep the user's order and state.
                    auto done = sql::exec(db,
                                          QStringLiteral("INSERT INTO plan_item (step_id, item_key, position, text_en, "
                                                         "text_ja) VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_key) DO UPDATE "
                                                         "SET text_en = excluded.text_en, text_ja = excluded.text_ja"),
                                          { *stepId, item.key, i, item.text.en, item.text.ja });
                    if (!done)
                        return done.error();
                }
            }
        }
        auto done = sql::exec(db,
                              QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES ('content', ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              { QString::fromLatin1(library.fingerprint()) });
        if (!done)
            return done.error();
        return {};
    });
}

} // namespace csirtkit
