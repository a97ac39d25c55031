#include "team/RaciTab.h"

#include "common/Language.h"
#include "team/RoleCatalogue.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "team/TeamRepository.h"
#include "workspace/WorkspaceSession.h"

#include "ui_RaciTab.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace csirtkit {

RaciTab::RaciTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::RaciTab>())
{
    m_ui->setupUi(this);
    m_ui->raciTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->raciTableWidget->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_ui->raciTableWidget->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    connect(m_ui->raciTableWidget, &QTableWidget::cellClicked, this, &RaciTab::cellClicked);
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, &RaciTab::resetToTemplate);
}

RaciTab::~RaciTab() = default;

QString RaciTab::tabTitle() const
{
    return tr("RACI");
}

void RaciTab::reload()
{
    if (!m_session)
        return;
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return;
    const QString language = Language::current();
    const QList<TeamGap> gaps = TeamCoverage::gaps(*state, language);
    m_activities.clear();
    m_roles.clear();
    QStringList headers;
    for (const EffectiveRole *r : state->teamRoles()) {
        m_roles << r->key;
        // Role names are long; wrap them over two lines in the header.
        headers << r->title.in(language).replace(QStringLiteral(" ("), QStringLiteral("\n("));
    }
    QTableWidget *table = m_ui->raciTableWidget;
    table->clear();
    table->setColumnCount(int(m_roles.size()));
    table->setHorizontalHeaderLabels(headers);
    const auto &activities = RoleCatalogue::instance().activities();
    table->setRowCount(int(activities.size()));
    QStringList problems;
    for (int r = 0; r < activities.size(); ++r) {
        const TeamActivity &a = activities.at(r);
        m_activities << a.key;
        auto *header = new QTableWidgetItem(a.title.in(language));
        QStringList rowProblems;
        for (const TeamGap &g : gaps)
            if (g.activity == a.key) {
                rowProblems << g.message;
                problems << g.message;
            }
        if (!rowProblems.isEmpty()) {
            header->setBackground(QColor(214, 69, 65, 70));
            header->setToolTip(rowProblems.join(u'\n'));
        }
        table->setVerticalHeaderItem(r, header);
        const QHash<QString, QChar> row = state->raci.value(a.key);
        for (int c = 0; c < m_roles.size(); ++c) {
            const QChar letter = row.value(m_roles.at(c));
            auto *item = new QTableWidgetItem(letter.isNull() ? QString() : QString(letter));
            item->setTextAlignment(Qt::AlignCenter);
            if (letter == u'A' || letter == u'R') {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    auto edited = TeamRepository(m_session->workspace()).raciEdited();
    m_ui->resetPushButton->setEnabled(!m_session->isReadOnly() && edited && *edited);
    // A few problems in full, the rest counted: a new workspace has dozens and the page must still fit a projector.
    QStringList shown = problems.mid(0, 3);
    if (problems.size() > shown.size())
        shown << tr("… and %n more (the rows in red; their tooltips say what is wrong).", nullptr, int(problems.size() - shown.size()));
    m_ui->raciProblemsLabel->setText(problems.isEmpty() ? tr("Every activity has exactly one accountable role and at least one responsible "
                                                         "role, and every role named holds a person.")
                                                    : shown.join(u'\n'));
    m_ui->raciProblemsLabel->setToolTip(problems.join(u'\n'));
    m_ui->raciProblemsLabel->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #d93025;"));
}

void RaciTab::cellClicked(int row, int column)
{
    if (!m_session || m_session->isReadOnly() || row < 0 || column < 0 || row >= m_activities.size() || column >= m_roles.size())
        return;
    QMenu menu(this);
    const QList<std::pair<QChar, QString>> choices = { { u'R', tr("R: responsible, does the work") },
                                                       { u'A', tr("A: accountable, answers for it") },
                                                       { u'C', tr("C: consulted before") },
                                                       { u'I', tr("I: informed after") },
                                                       { QChar(), tr("Clear") } };
    QHash<QAction *, QChar> letters;
    for (const auto &[letter, text] : choices)
        letters.insert(menu.addAction(text), letter);
    const QRect cell = m_ui->raciTableWidget->visualItemRect(m_ui->raciTableWidget->item(row, column));
    if (QAction *chosen = menu.exec(m_ui->raciTableWidget->viewport()->mapToGlobal(cell.bottomLeft())))
        setCell(m_activities.at(row), m_roles.at(column), letters.value(chosen));
}

bool RaciTab::setCell(const QString &activity, const QString &role, QChar letter)
{
    TeamRepository repo(m_session->workspace());
    auto table = repo.raci();
    if (!table)
        return false;
    RaciTable changed = *table;
    if (letter.isNull())
        changed[activity].remove(role);
    else
        changed[activity].insert(role, letter);
    auto done = TeamEditCommand::run(m_session, tr("Change RACI"), [&] { return repo.setRaci(changed); });
    return done.ok();
}

bool RaciTab::resetToTemplate()
{
    TeamRepository repo(m_session->workspace());
    return TeamEditCommand::run(m_session, tr("Reset RACI"), [&] { return repo.resetRaci(); }).ok();
}

void RaciTab::select(const QString &activity)
{
    const int row = int(m_activities.indexOf(activity));
    if (row >= 0 && m_ui->raciTableWidget->columnCount() > 0)
        m_ui->raciTableWidget->setCurrentCell(row, 0);
}

QString RaciTab::problemsText() const
{
    const QString all = m_ui->raciProblemsLabel->toolTip(); // every problem; the label shows the first few
    return all.isEmpty() ? m_ui->raciProblemsLabel->text() : all;
}

void RaciTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
}

} // namespace csirtkit
