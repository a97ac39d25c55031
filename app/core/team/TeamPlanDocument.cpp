#include "team/TeamPlanDocument.h"

#include "common/TextRules.h"
#include "documents/DocumentBuilder.h"
#include "org/OrgProfileRepository.h"
#include "team/PersonValidator.h"
#include "team/RoleCatalogue.h"
#include "team/RotaRepository.h"
#include "team/TeamCoverage.h"
#include "team/TrainingPlan.h"
#include "workspace/Workspace.h"

namespace csirtkit {

namespace {

QString nameOf(const TeamState &state, qint64 id)
{
    const Person *p = state.person(id);
    return p ? p->name : DocumentBuilder::empty();
}

void roles(DocumentBuilder &doc, const TeamState &state, const QString &language)
{
    doc.heading(TeamPlanDocument::tr("Roles, holders and deputies"));
    QList<QList<DocumentBuilder::Cell>> rows;
    for (const EffectiveRole *r : state.teamRoles()) {
        QStringList deputies;
        for (qint64 d : state.deputies(r->key))
            deputies << nameOf(state, d);
        const qint64 holder = state.holder(r->key);
        const TeamRole *shipped = RoleCatalogue::instance().role(r->key);
        QString group;
        for (const RoleGroup &g : RoleCatalogue::instance().groups())
            if (g.key == r->group)
                group = g.title.in(language);
        using Cell = DocumentBuilder::Cell;
        rows.append(QList<Cell> { Cell(r->title.in(language), shipped || !r->custom ? QString() : TeamPlanDocument::tr("own role")),
                      Cell(group),
                      holder ? DocumentBuilder::Cell(nameOf(state, holder))
                             : DocumentBuilder::Cell(TeamPlanDocument::tr("none"), {}, DocumentBuilder::Cell::Style::Alert),
                      deputies.isEmpty() ? DocumentBuilder::Cell(TeamPlanDocument::tr("none"), {}, DocumentBuilder::Cell::Style::Alert)
                                         : DocumentBuilder::Cell(TextRules::list(deputies)),
                      Cell(doc.number(r->load) + QStringLiteral(" %")) });
    }
    doc.table({ TeamPlanDocument::tr("Role"), TeamPlanDocument::tr("Group"), TeamPlanDocument::tr("Holder"),
                TeamPlanDocument::tr("Deputies"), TeamPlanDocument::tr("Load") },
              { 30, 18, 18, 26, 8 }, rows, 4);
}

void people(DocumentBuilder &doc, const TeamState &state, bool contacts)
{
    doc.heading(TeamPlanDocument::tr("People"));
    const QHash<qint64, int> loads = TeamCoverage::loads(state);
    QList<QStringList> rows;
    for (const Person &p : state.people) {
        if (!p.active)
            continue;
        QStringList row { p.name, p.department, PersonValidator::membershipTitle(p.membership),
                          doc.number(p.share) + QStringLiteral(" %"), doc.number(loads.value(p.id)) + QStringLiteral(" %") };
        if (contacts)
            row << QStringList { p.email, p.phone24h.isEmpty() ? p.phoneMobile : p.phone24h }.join(u'\n');
        rows << row;
    }
    QStringList headers { TeamPlanDocument::tr("Name"), TeamPlanDocument::tr("Department"), TeamPlanDocument::tr("Membership"),
                          TeamPlanDocument::tr("Agreed share"), TeamPlanDocument::tr("Load") };
    QList<int> widths { 24, 22, 20, 12, 10 };
    if (contacts) {
        headers << TeamPlanDocument::tr("Contact");
        widths = { 20, 18, 16, 10, 8, 28 };
    } else {
        doc.meta(TeamPlanDocument::tr("Contact details are left out of this copy (personal data)."));
    }
    doc.table(headers, widths, rows, -1, 3);
}

void staffing(DocumentBuilder &doc, const TeamState &state)
{
    doc.heading(TeamPlanDocument::tr("How many people the team needs"));
    auto result = StaffingCalculator::calculate(state.staffing, state.fteAvailable());
    if (!result) {
        doc.paragraph(result.error().message);
        return;
    }
    QList<DocumentBuilder::Fact> facts;
    for (const StaffingStep &s : result->working)
        facts.append({ s.label, s.value });
    doc.facts(facts);
}

void gaps(DocumentBuilder &doc, const TeamState &state, const QString &language)
{
    doc.heading(TeamPlanDocument::tr("Coverage gaps"));
    const QList<TeamGap> list = TeamCoverage::gaps(state, language);
    if (list.isEmpty()) {
        doc.paragraph(TeamPlanDocument::tr("None: every role of the team has a holder and a deputy, and the RACI table is complete."));
        return;
    }
    QList<QStringList> rows;
    for (const TeamGap &g : list)
        rows << QStringList { TeamCoverage::kindTitle(g.kind), g.message };
    doc.table({ TeamPlanDocument::tr("Gap"), TeamPlanDocument::tr("What to do") }, { 25, 75 }, rows);
}

void raci(DocumentBuilder &doc, const TeamState &state, const QString &language)
{
    // One column per letter rather than per role: thirteen role columns do not fit a page.
    doc.heading(TeamPlanDocument::tr("Who does what (RACI)"), 2, true);
    doc.meta(TeamPlanDocument::tr("R responsible (does the work), A accountable (exactly one), C consulted, I informed."));
    QList<QStringList> rows;
    for (const TeamActivity &a : RoleCatalogue::instance().activities()) {
        QStringList row { a.title.in(language) };
        for (QChar letter : { u'A', u'R', u'C', u'I' }) {
            QStringList roles;
            for (const EffectiveRole &r : state.roles)
                if (state.raci.value(a.key).value(r.key) == letter)
                    roles << r.title.in(language);
            row << roles.join(u'\n');
        }
        rows << row;
    }
    doc.table({ TeamPlanDocument::tr("Activity"), TeamPlanDocument::tr("Accountable (A)"), TeamPlanDocument::tr("Responsible (R)"),
                TeamPlanDocument::tr("Consulted (C)"), TeamPlanDocument::tr("Informed (I)") },
              { 24, 19, 19, 19, 19 }, rows);
}

void rota(DocumentBuilder &doc, Workspace &workspace, const TeamState &state, const TeamPlanDocument::Options &options)
{
    doc.heading(TeamPlanDocument::tr("On-call rota, %1 to %2").arg(doc.date(options.rotaFrom), doc.date(options.rotaTo)));
    RotaRepository repo(workspace);
    auto settings = repo.settings();
    auto entries = repo.entries(options.rotaFrom, options.rotaTo);
    if (!settings || !entries)
        return doc.paragraph((!settings ? settings.error() : entries.error()).message);
    const qint64 commander = state.holder(QStringLiteral("commander"));
    doc.paragraph(TeamPlanDocument::tr("Escalation: a call goes to the primary; without acknowledgement after %1 minutes to the "
                                       "secondary; after %2 minutes to the commander (%3).")
                      .arg(settings->escalateToSecondaryMinutes)
                      .arg(settings->escalateToCommanderMinutes)
                      .arg(nameOf(state, commander)));
    if (entries->isEmpty()) {
        doc.paragraph(TeamPlanDocument::tr("No rota is saved for this period."));
        return;
    }
    QList<QList<DocumentBuilder::Cell>> rows;
    for (const RotaEntry &e : std::as_const(*entries))
        rows.append(QList<DocumentBuilder::Cell> { DocumentBuilder::Cell(doc.date(e.shift.start) + QStringLiteral(" – ") + doc.date(e.shift.end)),
                      DocumentBuilder::Cell(nameOf(state, e.shift.primary)), DocumentBuilder::Cell(nameOf(state, e.shift.secondary)),
                      DocumentBuilder::Cell(!e.shift.fixed ? QString()
                                            : e.agreedBy.isEmpty() ? TeamPlanDocument::tr("changed by hand")
                                                                   : TeamPlanDocument::tr("changed by hand, agreed by %1").arg(e.agreedBy),
                                            {}, DocumentBuilder::Cell::Style::Muted) });
    doc.table({ TeamPlanDocument::tr("Period"), TeamPlanDocument::tr("Primary"), TeamPlanDocument::tr("Secondary"),
                TeamPlanDocument::tr("Note") },
              { 34, 22, 22, 22 }, rows);
    auto eligible = repo.eligible();
    auto absences = repo.absences();
    if (!eligible || !absences)
        return;
    QList<RotaShift> shifts;
    for (const RotaEntry &e : std::as_const(*entries))
        shifts << e.shift;
    const QList<RotaProblem> problems = RotaPlanner::check(settings->rules, shifts, *eligible, *absences);
    if (problems.isEmpty())
        return;
    QList<QStringList> problemRows;
    for (const RotaProblem &p : problems)
        problemRows << QStringList { doc.date(p.start), p.message };
    doc.paragraph(TeamPlanDocument::tr("The rota breaks these rules:"));
    doc.table({ TeamPlanDocument::tr("Period"), TeamPlanDocument::tr("Problem") }, { 20, 80 }, problemRows);
}

void training(DocumentBuilder &doc, Workspace &workspace, const TeamState &state, const QString &language)
{
    doc.heading(TeamPlanDocument::tr("Training plan"));
    auto items = TrainingPlan(workspace).items();
    if (!items)
        return doc.paragraph(items.error().message);
    if (items->isEmpty()) {
        doc.paragraph(TeamPlanDocument::tr("No training is planned."));
        return;
    }
    QList<QStringList> rows;
    for (const TrainingItem &t : std::as_const(*items)) {
        const TeamSkill *skill = RoleCatalogue::instance().skill(t.skill);
        rows << QStringList { nameOf(state, t.person), skill ? skill->title.in(language) : t.skill, doc.number(t.targetLevel),
                              t.due.isValid() ? doc.date(t.due) : DocumentBuilder::empty(), TrainingPlan::statusTitle(t.status) };
    }
    doc.table({ TeamPlanDocument::tr("Person"), TeamPlanDocument::tr("Skill"), TeamPlanDocument::tr("Target level"),
                TeamPlanDocument::tr("Due"), TeamPlanDocument::tr("Status") },
              { 24, 30, 14, 16, 16 }, rows);
}

} // namespace

Result<DocumentBuilder> TeamPlanDocument::document(Workspace &workspace, const Options &options)
{
    auto state = TeamState::load(workspace);
    if (!state)
        return state.error();
    auto organisation = OrgProfileRepository(workspace).value(OrgProfile::Field::Name);
    if (!organisation)
        return organisation.error();
    DocumentBuilder doc(options.language, tr("Staffing plan: %1").arg(*organisation), *organisation, options.date, options.tlp);
    doc.tlpBanner();
    doc.heading(tr("Team shape"));
    const TeamTemplate *shape = RoleCatalogue::instance().teamTemplate(state->templateKey);
    doc.facts({ { tr("Shape"), shape ? shape->title.in(options.language) : tr("Not chosen yet (the roles a minimal team needs)") },
                { tr("People"), doc.number(double(std::count_if(state->people.cbegin(), state->people.cend(),
                                                                [](const Person &p) { return p.active; }))) },
                { tr("FTE available"), doc.number(StaffingCalculator::roundFte(state->fteAvailable()), 1) } });
    if (shape) {
        doc.paragraph(shape->description.in(options.language));
        auto combinations = [&](const QList<RoleCombination> &list, const QString &heading) {
            if (list.isEmpty())
                return;
            QList<QStringList> rows;
            for (const RoleCombination &c : list) {
                QStringList names;
                for (const QString &key : c.roles)
                    if (const EffectiveRole *r = state->role(key))
                        names << r->title.in(options.language);
                rows << QStringList { names.join(QStringLiteral(" + ")), c.text.in(options.language) };
            }
            doc.heading(heading, 3);
            doc.table({ tr("Roles"), tr("Why") }, { 35, 65 }, rows);
        };
        combinations(shape->combinations, tr("Combinations one person may hold"));
        combinations(shape->never, tr("Combinations to avoid"));
    }
    roles(doc, *state, options.language);
    people(doc, *state, options.contacts);
    staffing(doc, *state);
    gaps(doc, *state, options.language);
    raci(doc, *state, options.language);
    rota(doc, workspace, *state, options);
    training(doc, workspace, *state, options.language);
    return doc;
}

Result<QString> TeamPlanDocument::markdown(Workspace &workspace, const Options &options)
{
    const DocumentBuilder::LanguageScope scope(options.language);
    auto doc = document(workspace, options);
    if (!doc)
        return doc.error();
    return doc->markdown();
}

Result<void> TeamPlanDocument::write(Workspace &workspace, DocumentFormat format, const Options &options, const QString &outputPath)
{
    const DocumentBuilder::LanguageScope scope(options.language);
    auto doc = document(workspace, options);
    if (!doc)
        return doc.error();
    return doc->write(format, outputPath, workspace.filePath());
}

} // namespace csirtkit
