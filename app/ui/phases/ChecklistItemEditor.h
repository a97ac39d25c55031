#pragma once

#include "phases/PlanTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace csirtkit {

class MarkdownEditor;
class WorkspaceSession;

// Edits one checklist item: status (with the reason for "not applicable"), owner, due date, notes
// and evidence links. Every change is an undo step on the session's stack.
class ChecklistItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistItemEditor(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    void setItem(const std::optional<PlanItem> &item);
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void commitStatus();
    void commitOwner();
    void commitDue();
    void addLink();
    void addFile();
    void openEvidence();
    void removeEvidence();
    void showError(const QString &message);
    void retranslate();
    void reloadEvidence();

    WorkspaceSession *m_session = nullptr;
    std::optional<PlanItem> m_item;
    QLabel *m_title;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QLineEdit *m_owner;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    MarkdownEditor *m_notes;
    QListWidget *m_evidence;
    QPushButton *m_addLink;
    QPushButton *m_addFile;
    QPushButton *m_open;
    QPushButton *m_remove;
    QLabel *m_error;
    QLabel *m_statusLabel;
    QLabel *m_reasonLabel;
    QLabel *m_ownerLabel;
    QLabel *m_dueLabel;
    QLabel *m_notesLabel;
    QLabel *m_evidenceLabel;
};

} // namespace csirtkit
