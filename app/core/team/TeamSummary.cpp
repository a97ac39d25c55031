#include "team/TeamSummary.h"

#include "common/DateFormat.h"
#include "common/TextRules.h"
#include "team/RoleCatalogue.h"
#include "team/RotaRepository.h"
#include "team/TeamCoverage.h"
#include "team/TrainingPlan.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QLocale>

namespace csirtkit {

QString TeamSummary::state(Workspace &workspace, const QString &language, int *gapCount)
{
    auto state = TeamState::load(workspace);
    if (!state)
        return {};
    int active = 0;
    for (const Person &p : state->people)
        active += p.active ? 1 : 0;
    const int gaps = int(TeamCoverage::gaps(*state, language).size());
    if (gapCount)
        *gapCount = gaps;
    if (active == 0)
        return tr("Nobody is in the team yet; %n gap(s).", nullptr, gaps);
    return tr("%n people, ", nullptr, active) + tr("%1 FTE agreed for CSIRT work; ").arg(QLocale().toString(state->fteAvailable(), 'f', 1))
        + (gaps ? tr("%n open gap(s).", nullptr, gaps) : tr("no gaps."));
}

QString TeamSummary::onCall(Workspace &workspace, const QDateTime &nowUtc)
{
    RotaRepository rota(workspace);
    auto now = rota.nowAndNext(nowUtc);
    auto settings = rota.settings();
    auto state = TeamState::load(workspace);
    if (!now || !settings || !state)
        return {};
    const QTimeZone zone = WorkspaceTimeZone::read(workspace);
    auto name = [&](qint64 id) {
        const Person *p = state->person(id);
        return p ? p->name : tr("nobody");
    };
    QStringList parts;
    if (now->first.shift.start.isValid())
        parts << tr("On call now: %1 (secondary %2) until %3")
                     .arg(name(now->first.shift.primary), name(now->first.shift.secondary),
                          DateFormat::dateTime(RotaPlanner::dutyEndUtc(settings->rules, now->first.shift, zone).toTimeZone(zone)));
    if (now->second.shift.start.isValid())
        parts << tr("next: %1 from %2")
                     .arg(name(now->second.shift.primary),
                          DateFormat::dateTime(RotaPlanner::dutyStartUtc(settings->rules, now->second.shift, zone).toTimeZone(zone)));
    return parts.join(QStringLiteral("; "));
}

QString TeamSummary::stepMarkdown(Workspace &workspace, const QString &stepKey, const QString &language)
{
    if (stepKey == QLatin1String("build.budget_people")) {
        auto state = TeamState::load(workspace);
        if (!state)
            return {};
        int held = 0;
        const auto roles = state->teamRoles();
        for (const EffectiveRole *r : roles)
            held += state->holder(r->key) ? 1 : 0;
        return QStringLiteral("\n\n**") + tr("Your team plan") + QStringLiteral("**\n\n")
            + TextRules::sentences({ TeamSummary::state(workspace, language),
                                     tr("%1 of %2 roles of the team have a holder. Assign holders and deputies on the Team page.")
                                         .arg(held)
                                         .arg(roles.size()) });
    }
    if (stepKey == QLatin1String("build.training_exercises") || stepKey == QLatin1String("operation.exercises")) {
        auto state = TeamState::load(workspace);
        auto items = TrainingPlan(workspace).items();
        if (!state || !items)
            return {};
        QString md = QStringLiteral("\n\n**") + tr("Training plan") + QStringLiteral("**\n\n");
        int open = 0;
        for (const TrainingItem &t : std::as_const(*items)) {
            if (t.status == QLatin1String("done") || t.status == QLatin1String("dropped"))
                continue;
            ++open;
            const Person *p = state->person(t.person);
            const TeamSkill *s = RoleCatalogue::instance().skill(t.skill);
            md += QStringLiteral("- %1: %2 → %3 (%4%5)\n")
                      .arg(p ? p->name : QString(), s ? s->title.in(language) : t.skill)
                      .arg(t.targetLevel)
                      .arg(TrainingPlan::statusTitle(t.status),
                           t.due.isValid() ? QStringLiteral(", ") + DateFormat::date(t.due) : QString());
        }
        if (open == 0)
            md += tr("No training is open. Propose items from the skill gaps on the Team page.");
        return md;
    }
    return {};
}

} // namespace csirtkit
