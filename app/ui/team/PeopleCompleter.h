#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QLineEdit;
class QStringListModel;

namespace csirtkit {

class WorkspaceSession;

// Offers the names of the people register while typing a person's name in the incident log (owner,
// communication partner); free text for outsiders stays allowed. The list follows the register.
class PeopleCompleter : public QObject
{
    Q_OBJECT

public:
    // Attaches a completer to `edit` (once; later calls only change the session).
    static void attach(QLineEdit *edit, WorkspaceSession *session);
    QStringList names() const;

private:
    PeopleCompleter(QLineEdit *edit);
    void setSession(WorkspaceSession *session);
    void refresh();

    QStringListModel *m_model;
    WorkspaceSession *m_session = nullptr;
};

// The same for a person typed into a table cell (the owner of an incident task).
class PeopleItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PeopleItemDelegate(std::function<WorkspaceSession *()> session, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::function<WorkspaceSession *()> m_session;
};

} // namespace csirtkit
