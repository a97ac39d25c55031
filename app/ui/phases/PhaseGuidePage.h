#pragma once

#include "common/Page.h"
#include "phases/ChecklistModel.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QAction;
class QTableView;
class QToolBar;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace csirtkit {

class ChecklistItemEditor;

// The guided path: concept, build and operation phases with their steps; each step's purpose,
// guidance, deliverables and checklist. Progress is done / applicable items.
class PhaseGuidePage : public Page
{
    Q_OBJECT

public:
    explicit PhaseGuidePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("phases"); }
    QString title() const override { return tr("Phase guide"); }
    QString iconName() const override { return QStringLiteral(":/icons/phases.svg"); }
    void setSession(WorkspaceSession *session) override;

    qint64 currentStepId() const;
    bool selectStep(qint64 stepId);
    bool selectStepByKey(const QString &stepKey);
    // Shows step `stepId` with checklist item `itemId` selected (the filter is cleared if it hides it).
    bool selectItem(qint64 stepId, qint64 itemId);
    void nextStep();
    void previousStep();
    void setFilter(ChecklistModel::Filter filter);
    void setPresentation(bool on); // larger text, guidance first, no editing panel
    ChecklistModel *checklistModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void rebuildTree();
    void showStep();
    void showItem();
    void addItem();
    void editItemText();
    void removeItem();
    void moveItem(int delta);
    void resetStep();
    void toggleDone(qint64 itemId, bool done);
    void retranslate();
    void updateFonts();
    QList<QTreeWidgetItem *> stepNodes() const;
    const PlanItem *selectedItem() const;

    WorkspaceSession *m_session = nullptr;
    QLabel *m_titleLabel;
    QProgressBar *m_overall;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_stepTitle;
    QLabel *m_stepPurpose;
    QTextBrowser *m_guidance;
    QLabel *m_checklistLabel;
    QTableView *m_table;
    ChecklistModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QAction *m_reset;
    ChecklistItemEditor *m_editor;
    QList<PlanItem> m_allItems;
    QList<PlanStep> m_steps;
    bool m_presentation = false;
};

} // namespace csirtkit
