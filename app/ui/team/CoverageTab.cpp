#include "team/CoverageTab.h"

#include "common/Language.h"
#include "common/TextRules.h"
#include "team/RoleCatalogue.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "team/TeamRepository.h"
#include "workspace/WorkspaceSession.h"

#include "ui_CoverageTab.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace csirtkit {

namespace {

// A soft red that reads on light and dark palettes alike.
const QColor GapColour(214, 69, 65, 70);

// Where a gap is fixed: the tab and what to select there.
std::pair<QString, QString> placeOf(const TeamGap &gap)
{
    if (gap.kind.startsWith(QLatin1String("raci_")))
        return { QStringLiteral("raci"), gap.activity };
    if (gap.kind == QLatin1String("overload"))
        return { QStringLiteral("people"), QString::number(gap.person) };
    if (gap.kind == QLatin1String("skill_gap"))
        return { QStringLiteral("training"), QString::number(gap.person) };
    return { QStringLiteral("coverage"), gap.role };
}

} // namespace

CoverageTab::CoverageTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::CoverageTab>())
{
    m_ui->setupUi(this);
    setErrorLabel(m_ui->coverageErrorLabel);
    m_ui->coverageTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->coverageTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long role names are elided (the tooltip has the name and duties), so that more people fit beside them.
    m_ui->coverageTableWidget->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 26);
    m_ui->coverageSplitter->setStretchFactor(0, 3);
    m_ui->coverageSplitter->setStretchFactor(1, 2);
    connect(m_ui->coverageTableWidget, &QTableWidget::cellClicked, this, &CoverageTab::cellClicked);
    connect(m_ui->gapsListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openGap(m_ui->gapsListWidget->row(item)); });
    connect(m_ui->templateComboBox, &QComboBox::activated, this,
            [this] { setTemplate(m_ui->templateComboBox->currentData().toString()); });
}

CoverageTab::~CoverageTab() = default;

QString CoverageTab::tabTitle() const
{
    return tr("Coverage");
}

void CoverageTab::reload()
{
    if (!m_session)
        return;
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return showError(state.error().message);
    auto chosen = TeamRepository(m_session->workspace()).chosenTemplateKey();
    const QString language = Language::current();
    m_loading = true;
    QComboBox *shapes = m_ui->templateComboBox;
    shapes->clear();
    shapes->addItem(tr("Not chosen: the roles a minimal team needs"), QString());
    for (const TeamTemplate &t : RoleCatalogue::instance().templates()) {
        shapes->addItem(t.title.in(language), t.key);
        // What the shape advises: the combinations one person may hold, and those never to combine.
        QStringList tip { t.description.in(language) };
        auto combinations = [&](const QList<RoleCombination> &list, const QString &heading) {
            if (list.isEmpty())
                return;
            tip << QString() << heading;
            for (const RoleCombination &c : list) {
                QStringList names;
                for (const QString &key : c.roles)
                    if (const TeamRole *r = RoleCatalogue::instance().role(key))
                        names << r->title.in(language);
                tip << QStringLiteral("• ") + names.join(QStringLiteral(" + ")) + QStringLiteral(": ") + c.text.in(language);
            }
        };
        combinations(t.combinations, tr("One person may hold:"));
        combinations(t.never, tr("Never combine:"));
        shapes->setItemData(shapes->count() - 1, tip.join(u'\n'), Qt::ToolTipRole);
    }
    shapes->setCurrentIndex(std::max(0, shapes->findData(state->templateKey)));
    shapes->setEnabled(!m_session->isReadOnly());
    m_loading = false;

    QTableWidget *table = m_ui->coverageTableWidget;
    const QList<const EffectiveRole *> roles = state->teamRoles();
    const QHash<qint64, int> loads = TeamCoverage::loads(*state);
    m_roles.clear();
    m_people.clear();
    QStringList headers;
    for (const Person &p : state->people)
        if (p.active) {
            m_people << p.id;
            // Narrow columns: the name over two lines, then load against the agreed share.
            QString name = p.name;
            if (const qsizetype space = name.indexOf(u' '); space > 0)
                name[space] = u'\n';
            headers << tr("%1\n%2 / %3 %").arg(name).arg(loads.value(p.id)).arg(p.share);
        }
    table->clear();
    table->setRowCount(int(roles.size()));
    table->setColumnCount(int(m_people.size()));
    table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_people.size(); ++c) {
        const Person *p = state->person(m_people.at(c));
        if (loads.value(p->id) > p->share)
            table->horizontalHeaderItem(c)->setForeground(QColor(214, 69, 65));
    }
    for (int r = 0; r < roles.size(); ++r) {
        const EffectiveRole *role = roles.at(r);
        m_roles << role->key;
        const qint64 holder = state->holder(role->key);
        auto *header = new QTableWidgetItem(role->title.in(language));
        header->setToolTip(role->title.in(language) + QStringLiteral("\n\n") + role->duties.in(language));
        if (!holder)
            header->setBackground(GapColour);
        table->setVerticalHeaderItem(r, header);
        const QList<qint64> deputies = state->deputies(role->key);
        for (int c = 0; c < m_people.size(); ++c) {
            const qint64 id = m_people.at(c);
            QStringList marks;
            QStringList tips;
            if (id == holder) {
                marks << QStringLiteral("●");
                tips << tr("Holder");
            }
            if (deputies.contains(id)) {
                marks << QStringLiteral("○");
                tips << tr("Deputy");
            }
            auto *item = new QTableWidgetItem(marks.join(u' '));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(tips.isEmpty() ? tr("Click to assign %1 to %2").arg(state->person(id)->name, role->title.in(language))
                                            : TextRules::list(tips));
            table->setItem(r, c, item);
        }
    }

    const QList<TeamGap> gaps = TeamCoverage::gaps(*state, language);
    m_ui->gapsListWidget->clear();
    for (const TeamGap &g : gaps) {
        auto *item = new QListWidgetItem(TeamCoverage::kindTitle(g.kind) + QStringLiteral(": ") + g.message);
        const auto [tabId, key] = placeOf(g);
        item->setData(Qt::UserRole, tabId);
        item->setData(Qt::UserRole + 1, key);
        m_ui->gapsListWidget->addItem(item);
    }
    if (gaps.isEmpty())
        m_ui->gapsListWidget->addItem(tr("No gaps: every role of the team has a holder and a deputy, and the RACI table is complete."));
    const TeamTemplate *shape = RoleCatalogue::instance().teamTemplate(state->templateKey);
    QString summary = tr("%n active people, %1 FTE agreed for CSIRT work, ", nullptr, int(m_people.size()))
                          .arg(QLocale().toString(state->fteAvailable(), 'f', 1))
        + tr("%n gap(s).", nullptr, int(gaps.size()));
    QString advice;
    if (shape && chosen && chosen->isEmpty())
        advice = tr("The shape is suggested by the organisational model; choose one to keep it.");
    else if (shape)
        advice = tr("Suggested size: %1 to %2 people.").arg(shape->minPeople).arg(shape->maxPeople);
    m_ui->coverageSummaryLabel->setText(TextRules::sentences({ summary, advice }));
}

void CoverageTab::cellClicked(int row, int column)
{
    if (!m_session || m_session->isReadOnly() || row < 0 || column < 0 || row >= m_roles.size() || column >= m_people.size())
        return;
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return;
    const QString role = m_roles.at(row);
    const qint64 person = m_people.at(column);
    const QString name = state->person(person)->name;
    QMenu menu(this);
    const bool holder = state->holder(role) == person;
    const bool deputy = state->deputies(role).contains(person);
    QAction *asHolder = menu.addAction(tr("Make %1 the holder").arg(name));
    asHolder->setEnabled(!holder);
    QAction *asDeputy = menu.addAction(tr("Make %1 a deputy").arg(name));
    asDeputy->setEnabled(!deputy);
    QAction *none = menu.addAction(tr("Remove %1 from this role").arg(name));
    none->setEnabled(holder || deputy);
    const QRect cell = m_ui->coverageTableWidget->visualItemRect(m_ui->coverageTableWidget->item(row, column));
    QAction *chosen = menu.exec(m_ui->coverageTableWidget->viewport()->mapToGlobal(cell.bottomLeft()));
    if (chosen == asHolder)
        assign(role, person, QStringLiteral("holder"));
    else if (chosen == asDeputy)
        assign(role, person, QStringLiteral("deputy"));
    else if (chosen == none)
        assign(role, person, QString());
}

bool CoverageTab::assign(const QString &role, qint64 person, const QString &as)
{
    if (!m_session)
        return false;
    TeamRepository repo(m_session->workspace());
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return false;
    qint64 holder = state->holder(role);
    QList<qint64> deputies = state->deputies(role);
    deputies.removeAll(person);
    if (holder == person)
        holder = 0;
    if (as == QLatin1String("holder"))
        holder = person;
    else if (as == QLatin1String("deputy"))
        deputies << person;
    auto done = TeamEditCommand::run(m_session, tr("Assign role"), [&]() -> Result<void> {
        if (auto r = repo.setHolder(role, holder); !r)
            return r;
        return repo.setDeputies(role, deputies);
    });
    if (!done)
        showError(done.error().message);
    return done.ok();
}

bool CoverageTab::setTemplate(const QString &key)
{
    if (!m_session || m_loading)
        return false;
    TeamRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, tr("Choose team shape"), [&] { return repo.setTemplate(key); });
    if (!done)
        showError(done.error().message);
    return done.ok();
}

void CoverageTab::select(const QString &roleKey)
{
    const int row = int(m_roles.indexOf(roleKey));
    if (row >= 0 && m_ui->coverageTableWidget->columnCount() > 0) {
        m_ui->coverageTableWidget->setCurrentCell(row, 0);
        m_ui->coverageTableWidget->scrollToItem(m_ui->coverageTableWidget->item(row, 0));
    }
}

void CoverageTab::openGap(int row)
{
    const QListWidgetItem *item = m_ui->gapsListWidget->item(row);
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const QString target = item->data(Qt::UserRole).toString();
    const QString key = item->data(Qt::UserRole + 1).toString();
    if (target == tabId())
        select(key);
    else
        Q_EMIT showTab(target, key);
}

QStringList CoverageTab::gapTexts() const
{
    QStringList list;
    for (int i = 0; i < m_ui->gapsListWidget->count(); ++i)
        list << m_ui->gapsListWidget->item(i)->text();
    return list;
}



void CoverageTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
}

} // namespace csirtkit
