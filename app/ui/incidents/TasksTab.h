#pragma once

#include "common/Result.h"
#include "incidents/RecordTab.h"

#include <QDate>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csirtkit {

// The incident's task checklist: done state, owner and due date (each change undoable), typed
// tasks, and the shipped playbooks — the one suggested for the incident's classification preselected.
class TasksTab : public RecordTab
{
    Q_OBJECT

public:
    explicit TasksTab(QWidget *parent = nullptr);
    ~TasksTab() override;

    QString title() const override;

private:
    class Model;

    void retranslate() override;
    void startIncident() override;
    Result<void> refresh() override;
    QString recordsName() const override { return tr("Tasks"); }
    void fillPlaybooks(bool preselectSuggested);
    void updateButtons() override;
    void addTask();
    void removeTask();
    void applyPlaybook();
    void edit(qint64 taskId, int column, const QVariant &oldValue, const QVariant &newValue);
    void push(const QString &text, std::function<Result<void>()> redo, std::function<Result<void>()> undo);
    qint64 currentTaskId() const;

    QStringList m_suggested; // playbook keys for the incident's classification
    bool m_classified = false;
    Model *m_model;
    QLabel *m_emptyLabel;
    QTableView *m_view;
    QLabel *m_newTaskLabel;
    QLineEdit *m_newTask;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_playbookLabel;
    QComboBox *m_playbooks;
    QLabel *m_suggestedLabel;
    QPushButton *m_apply;
};

} // namespace csirtkit
