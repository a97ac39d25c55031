#include "team/RolesTab.h"

#include "common/TextRules.h"
#include "common/Language.h"
#include "team/RoleCatalogue.h"
#include "team/RoleDialog.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "team/TeamRepository.h"
#include "workspace/WorkspaceSession.h"

#include "ui_RolesTab.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>

namespace csirtkit {

namespace {

std::optional<EffectiveRole> findRole(WorkspaceSession *session, const QString &key)
{
    auto roles = TeamRepository(session->workspace()).roles();
    if (roles)
        for (const EffectiveRole &r : std::as_const(*roles))
            if (r.key == key)
                return r;
    return std::nullopt;
}

} // namespace

RolesTab::RolesTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::RolesTab>())
{
    m_ui->setupUi(this);
    setErrorLabel(m_ui->rolesErrorLabel);
    QTableWidget *table = m_ui->rolesTableWidget;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, [this] { edit(QString()); });
    connect(m_ui->editPushButton, &QPushButton::clicked, this, [this] { edit(currentRole()); });
    connect(table, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentRole()); });
    connect(table, &QTableWidget::itemSelectionChanged, this, &RolesTab::updateButtons);
    connect(m_ui->hidePushButton, &QPushButton::clicked, this, [this] {
        if (auto r = findRole(m_session, currentRole()))
            setHidden(r->key, !r->hidden);
    });
    connect(m_ui->resetPushButton, &QPushButton::clicked, this, [this] { reset(currentRole()); });
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &RolesTab::askToDelete);
}

RolesTab::~RolesTab() = default;

QString RolesTab::tabTitle() const
{
    return tr("Roles");
}

void RolesTab::reload()
{
    if (!m_session)
        return;
    auto state = TeamState::load(m_session->workspace());
    if (!state)
        return showError(state.error().message);
    const QString language = Language::current();
    const QString selected = currentRole();
    QTableWidget *table = m_ui->rolesTableWidget;
    table->clear();
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({ tr("Role"), tr("Group"), tr("In the team"), tr("Load"), tr("Holder"), tr("Deputies"), tr("Duties") });
    table->setRowCount(int(state->roles.size()));
    for (int r = 0; r < state->roles.size(); ++r) {
        const EffectiveRole &role = state->roles.at(r);
        QString group;
        for (const RoleGroup &g : RoleCatalogue::instance().groups())
            if (g.key == role.group)
                group = g.title.in(language);
        QStringList deputies;
        for (qint64 d : state->deputies(role.key))
            if (const Person *p = state->person(d))
                deputies << p->name;
        const Person *holder = state->person(state->holder(role.key));
        QString name = role.title.in(language);
        if (role.custom)
            name = tr("%1 (own role)").arg(name);
        else if (role.overridden)
            name = tr("%1 (changed)").arg(name);
        const QStringList cells = { name, group,
                                    role.hidden ? tr("Hidden") : role.inTeam ? (role.minimal ? tr("Yes, minimal team") : tr("Yes")) : tr("No"),
                                    QStringLiteral("%1 %").arg(role.load), holder ? holder->name : QString(),
                                    TextRules::list(deputies), role.duties.in(language).section(u'.', 0, 0) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, role.key);
            if (c == 6)
                item->setToolTip(role.duties.in(language));
            if (role.hidden)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(r, c, item);
        }
    }
    select(selected);
    updateButtons();
}

QString RolesTab::currentRole() const
{
    const QTableWidgetItem *item = m_ui->rolesTableWidget->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RolesTab::select(const QString &roleKey)
{
    for (int r = 0; r < m_ui->rolesTableWidget->rowCount(); ++r)
        if (m_ui->rolesTableWidget->item(r, 0)->data(Qt::UserRole).toString() == roleKey && !roleKey.isEmpty())
            m_ui->rolesTableWidget->selectRow(r);
}

void RolesTab::updateButtons()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const auto role = m_session ? findRole(m_session, currentRole()) : std::nullopt;
    m_ui->addPushButton->setEnabled(editable);
    m_ui->editPushButton->setEnabled(role.has_value());
    m_ui->hidePushButton->setEnabled(editable && role);
    m_ui->hidePushButton->setText(role && role->hidden ? tr("Show") : tr("Hide"));
    m_ui->resetPushButton->setEnabled(editable && role && role->overridden && !role->custom);
    m_ui->deletePushButton->setEnabled(editable && role && role->custom);
}

void RolesTab::edit(const QString &key)
{
    if (!m_session)
        return;
    EffectiveRole role;
    role.group = QStringLiteral("response");
    if (!key.isEmpty()) {
        auto found = findRole(m_session, key);
        if (!found)
            return;
        role = *found;
    }
    RoleDialog dialog(m_session, role, this);
    dialog.exec();
}

bool RolesTab::setHidden(const QString &key, bool hidden)
{
    auto role = findRole(m_session, key);
    if (!role)
        return false;
    role->hidden = hidden;
    TeamRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, hidden ? tr("Hide role") : tr("Show role"), [&] { return repo.saveRole(*role); });
    showError(done ? QString() : done.error().message);
    return done.ok();
}

bool RolesTab::reset(const QString &key)
{
    TeamRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, tr("Reset role to default"), [&] { return repo.resetRole(key); });
    showError(done ? QString() : done.error().message);
    return done.ok();
}

bool RolesTab::remove(const QString &key, const QString &replacement)
{
    TeamRepository repo(m_session->workspace());
    auto done = TeamEditCommand::run(m_session, tr("Delete role"), [&] { return repo.removeRole(key, replacement); });
    showError(done ? QString() : done.error().message);
    return done.ok();
}

void RolesTab::askToDelete()
{
    auto state = TeamState::load(m_session->workspace());
    const QString key = currentRole();
    if (!state || key.isEmpty())
        return;
    if (!state->holder(key) && state->deputies(key).isEmpty()) {
        remove(key, QString());
        return;
    }
    QStringList names;
    QStringList keys;
    for (const EffectiveRole &r : state->roles)
        if (r.key != key && !r.hidden) {
            names << r.title.in(Language::current());
            keys << r.key;
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Delete Role"),
                                                 tr("The role has a holder or deputies. Which role takes them over?"), names, 0,
                                                 false, &ok);
    if (ok && names.contains(chosen))
        remove(key, keys.at(names.indexOf(chosen)));
}



void RolesTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
}

} // namespace csirtkit
