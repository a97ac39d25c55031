#include "team/PeopleTab.h"

#include "common/TextRules.h"
#include "common/Language.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "team/PeopleImportDialog.h"
#include "team/PeopleRepository.h"
#include "team/PersonDialog.h"
#include "team/PersonValidator.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "workspace/WorkspaceSession.h"

#include "ui_PeopleTab.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>

namespace csirtkit {

PeopleTab::PeopleTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::PeopleTab>())
{
    m_ui->setupUi(this);
    setErrorLabel(m_ui->peopleErrorLabel);
    QTableWidget *table = m_ui->peopleTableWidget;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 24);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, [this] { edit(0); });
    connect(m_ui->editPushButton, &QPushButton::clicked, this, [this] { edit(currentPerson()); });
    connect(table, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentPerson()); });
    connect(table, &QTableWidget::itemSelectionChanged, this, &PeopleTab::updateButtons);
    connect(m_ui->inactiveCheckBox, &QCheckBox::toggled, this, &PeopleTab::reload);
    connect(m_ui->activePushButton, &QPushButton::clicked, this, [this] {
        if (auto p = PeopleRepository(m_session->workspace()).person(currentPerson()))
            setActive(p->id, !p->active);
    });
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &PeopleTab::askToDelete);
    connect(m_ui->importPeoplePushButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Import People"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty() || !m_session)
            return;
        PeopleImportDialog dialog(m_session, this);
        if (dialog.load(path))
            dialog.exec();
    });
}

PeopleTab::~PeopleTab() = default;

QString PeopleTab::tabTitle() const
{
    return tr("People");
}

void PeopleTab::reload()
{
    if (!m_session)
        return;
    auto state = TeamState::load(m_session->workspace());
    auto work = PeopleRepository(m_session->workspace()).workload();
    if (!state || !work)
        return showError((!state ? state.error() : work.error()).message);
    const QString language = Language::current();
    const QHash<qint64, int> loads = TeamCoverage::loads(*state);
    const qint64 selected = currentPerson();
    QTableWidget *table = m_ui->peopleTableWidget;
    table->clear();
    table->clearSpans();
    table->setColumnCount(8);
    table->setHorizontalHeaderLabels({ tr("Name"), tr("Department"), tr("Membership"), tr("Agreed"), tr("Load"),
                                       tr("Open incidents"), tr("Open tasks"), tr("Roles") });
    QList<const Person *> shown;
    for (const Person &p : state->people)
        if (p.active || m_ui->inactiveCheckBox->isChecked())
            shown << &p;
    table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const Person &p = *shown.at(r);
        QStringList roles;
        for (const RoleAssignment &a : state->assignments)
            if (a.person == p.id)
                if (const EffectiveRole *role = state->role(a.role))
                    roles << (a.holder ? role->title.in(language) : tr("%1 (deputy)").arg(role->title.in(language)));
        const PeopleRepository::Workload w = work->value(p.name);
        const QStringList cells = { p.active ? p.name : tr("%1 (inactive)").arg(p.name), p.department,
                                    PersonValidator::membershipTitle(p.membership).section(u' ', 0, 0),
                                    QStringLiteral("%1 %").arg(p.share), QStringLiteral("%1 %").arg(loads.value(p.id)),
                                    QString::number(w.incidents), QString::number(w.tasks), TextRules::list(roles) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (c >= 3 && c <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!p.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(r, c, item);
        }
        if (p.active && loads.value(p.id) > p.share)
            table->item(r, 4)->setForeground(QColor(214, 69, 65));
        table->item(r, 7)->setToolTip(roles.join(u'\n'));
        table->item(r, 1)->setToolTip(p.department);
    }
    if (shown.isEmpty()) {
        table->setRowCount(1);
        auto *hint = new QTableWidgetItem(tr("Nobody yet. Add the people who take part in the CSIRT, with the share of their time "
                                             "agreed for it."));
        hint->setFlags(Qt::NoItemFlags);
        table->setItem(0, 0, hint);
        table->setSpan(0, 0, 1, table->columnCount());
    }
    select(QString::number(selected));
    updateButtons();
}

qint64 PeopleTab::currentPerson() const
{
    const QTableWidgetItem *item = m_ui->peopleTableWidget->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PeopleTab::select(const QString &personId)
{
    for (int r = 0; r < m_ui->peopleTableWidget->rowCount(); ++r)
        if (const QTableWidgetItem *item = m_ui->peopleTableWidget->item(r, 0);
            item && item->data(Qt::UserRole).toLongLong() == personId.toLongLong() && personId.toLongLong() > 0) {
            m_ui->peopleTableWidget->selectRow(r);
            return;
        }
}

void PeopleTab::updateButtons()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const qint64 id = currentPerson();
    m_ui->addPushButton->setEnabled(editable);
    m_ui->importPeoplePushButton->setEnabled(editable);
    m_ui->editPushButton->setEnabled(id > 0);
    m_ui->deletePushButton->setEnabled(editable && id > 0);
    m_ui->activePushButton->setEnabled(editable && id > 0);
    if (id > 0 && m_session)
        if (auto p = PeopleRepository(m_session->workspace()).person(id))
            m_ui->activePushButton->setText(p->active ? tr("Mark Inactive") : tr("Mark Active"));
}

void PeopleTab::edit(qint64 person)
{
    if (!m_session)
        return;
    Person p;
    if (person > 0) {
        auto found = PeopleRepository(m_session->workspace()).person(person);
        if (!found)
            return showError(found.error().message);
        p = *found;
    }
    PersonDialog dialog(m_session, p, this);
    if (dialog.exec() == QDialog::Accepted)
        select(QString::number(dialog.savedId()));
}

bool PeopleTab::setActive(qint64 person, bool active)
{
    PeopleRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, active ? tr("Mark person active") : tr("Mark person inactive"),
                                     [&] { return repo.setActive(person, active); });
    showError(done ? QString() : done.error().message);
    return done.ok();
}

bool PeopleTab::remove(qint64 person, qint64 replacement)
{
    PeopleRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, tr("Delete person"), [&] { return repo.remove(person, replacement); });
    showError(done ? QString() : done.error().message);
    return done.ok();
}

void PeopleTab::askToDelete()
{
    PeopleRepository repo(m_session->workspace());
    const qint64 id = currentPerson();
    auto refs = repo.references(id);
    auto people = repo.people(false);
    auto p = repo.person(id);
    if (!refs || !people || !p)
        return;
    if (refs->isEmpty()) {
        if (MessageBox::question(this, tr("Delete Person"), tr("Delete %1 from the register?").arg(p->name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            remove(id, 0);
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const Person &other : std::as_const(*people))
        if (other.id != id) {
            names << other.name;
            ids << other.id;
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Delete Person"),
                                                 refs->join(u'\n') + u'\n' + tr("Who takes over from %1?").arg(p->name),
                                                 names, 0, false, &ok);
    if (ok && names.contains(chosen))
        remove(id, ids.at(names.indexOf(chosen)));
}



void PeopleTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
}

} // namespace csirtkit
