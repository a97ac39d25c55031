#pragma once

#include "team/TeamTab.h"

#include <memory>

namespace Ui {
class TrainingTab;
}

namespace csirtkit {

struct TrainingItem;

// The training plan: one item per person and skill (proposed from the gaps between the skills a
// person's roles require and their levels), with target level, due date, status and note, edited
// below the table. Every change is one undoable edit (TeamEditCommand).
class TrainingTab : public TeamTab
{
    Q_OBJECT

public:
    explicit TrainingTab(QWidget *parent = nullptr);
    ~TrainingTab() override;

    QString tabId() const override { return QStringLiteral("training"); }
    QString tabTitle() const override { return tr("Training"); }
    void setSession(WorkspaceSession *session) override;
    void reload() override;
    // `key`: a person id; selects their first item.
    void select(const QString &key) override;

    // Each is one undoable edit; a refusal is shown in the tab and false (or -1) returned.
    bool updateItem(const TrainingItem &item);
    bool removeItem(qint64 id);
    int proposeFromGaps(); // how many items were added

    qint64 currentId() const; // the selected item, 0 when none
    QString errorText() const;
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct State;

    void fillTable();
    void showCurrent();
    void commitControls();
    void showError(const QString &message);

    std::unique_ptr<::Ui::TrainingTab> m_ui;
    std::unique_ptr<State> m_state;
    bool m_loading = false;
};

} // namespace csirtkit
