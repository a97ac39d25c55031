#pragma once

#include "incidents/IncidentFilter.h"

#include <QWidget>

class QCheckBox;
class QAction;
class QComboBox;
class QToolButton;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace csirtkit {

class IncidentListModel;
class WorkspaceSession;

// The incident list: full-text search, filters (status, priority, classification, TLP, assignee,
// logged between), saved filters, sortable columns with a column chooser, and keyboard navigation
// (Enter opens the incident).
class IncidentListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentListPanel(QWidget *parent = nullptr);
    ~IncidentListPanel() override;

    void setSession(WorkspaceSession *session);
    IncidentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setFilter(const IncidentFilter &filter); // shows it in the widgets and applies it
    IncidentFilter filter() const;                // what the widgets say
    void select(qint64 incidentId);
    void focusSearch();
    void setExchangeActions(QAction *importAction, QAction *exportAction);

Q_SIGNALS:
    void openIncident(qint64 incidentId);
    void newIncidentRequested();
    void findObservableRequested();
    void priorityMatrixRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    // The title takes what the other columns leave, but never less than a readable width (then the
    // list scrolls sideways).
    void fitTitleColumn();
    void retranslate();
    void fillCombos();
    void apply();
    void updateCount();
    void reloadSavedFilters();
    void saveFilter();
    void deleteFilter();
    void showColumnMenu(const QPoint &pos);
    void openCurrent();

    WorkspaceSession *m_session = nullptr;
    IncidentListModel *m_model;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_tlp = nullptr;
    QLineEdit *m_assignee = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_findObservable = nullptr;
    QPushButton *m_matrix = nullptr;
    QToolButton *m_exchange = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_applying = false;
};

} // namespace csirtkit
