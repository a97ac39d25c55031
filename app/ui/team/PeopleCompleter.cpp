#include "team/PeopleCompleter.h"

#include "team/PeopleRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>

namespace csirtkit {

PeopleCompleter::PeopleCompleter(QLineEdit *edit) : QObject(edit), m_model(new QStringListModel(this))
{
    setObjectName(QStringLiteral("peopleCompleter"));
    auto *completer = new QCompleter(m_model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

void PeopleCompleter::attach(QLineEdit *edit, WorkspaceSession *session)
{
    auto *existing = edit->findChild<PeopleCompleter *>(QStringLiteral("peopleCompleter"), Qt::FindDirectChildrenOnly);
    if (!existing)
        existing = new PeopleCompleter(edit);
    existing->setSession(session);
}

void PeopleCompleter::setSession(WorkspaceSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
            if (entity == QLatin1String("team"))
                refresh();
        });
    connect(session, &QObject::destroyed, this, [this] { m_session = nullptr; });
    refresh();
}

void PeopleCompleter::refresh()
{
    QStringList names;
    if (m_session)
        if (auto people = PeopleRepository(m_session->workspace()).people(false))
            for (const Person &p : std::as_const(*people))
                names << p.name;
    m_model->setStringList(names);
}

QStringList PeopleCompleter::names() const
{
    return m_model->stringList();
}

PeopleItemDelegate::PeopleItemDelegate(std::function<WorkspaceSession *()> session, QObject *parent)
    : QStyledItemDelegate(parent), m_session(std::move(session))
{
}

QWidget *PeopleItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && m_session())
        PeopleCompleter::attach(line, m_session());
    return editor;
}

} // namespace csirtkit
