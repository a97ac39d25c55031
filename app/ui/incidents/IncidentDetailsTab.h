#pragma once

#include "incidents/Incident.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTab.h"

#include <QTimeZone>

class QComboBox;
class QLabel;
class QLineEdit;

namespace csirtkit {

class MarkdownEditor;

// The incident record itself: title, summary, reporter and channel, classification (RSIT class and
// type, JPCERT/CC category), TLP, impact × urgency → priority (or an override with a reason), the
// handling times in the workspace's time zone, assignee and helpers, and lessons learned. Every
// edit is one undoable step.
class IncidentDetailsTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit IncidentDetailsTab(QWidget *parent = nullptr);
    ~IncidentDetailsTab() override;

    QString title() const override { return tr("Details"); }
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillCombos();
    // `replaceTyping`: also overwrite the field being edited (another incident, or a refused edit).
    void showIncident(const Incident &incident, bool replaceTyping = false);
    void commitText(IncidentRepository::TextField field, const QString &value);
    void commitClassification();
    void commitTlp();
    void commitImpactUrgency();
    void commitPriority();
    void commitTime(IncidentRepository::TimeField field, QLineEdit *edit);
    void push(const QString &text, std::function<Result<void>(IncidentRepository &)> redo,
              std::function<Result<void>(IncidentRepository &)> undo, int mergeId = -1, const QVariant &mergeKey = {});
    void fillTypes(const QString &rsitClass);

    WorkspaceSession *m_session = nullptr;
    qint64 m_id = 0;
    Incident m_incident;
    QTimeZone m_zone;
    bool m_loading = false;

    QLineEdit *m_title = nullptr;
    MarkdownEditor *m_summary = nullptr;
    QLineEdit *m_reporter = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_jpcert = nullptr;
    QComboBox *m_tlp = nullptr;
    QComboBox *m_impact = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_priorityReason = nullptr;
    QLineEdit *m_occurred = nullptr;
    QLineEdit *m_detected = nullptr;
    QLineEdit *m_reported = nullptr;
    QLineEdit *m_contained = nullptr;
    QLabel *m_milestones = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_assignee = nullptr;
    QLineEdit *m_helpers = nullptr;
    MarkdownEditor *m_lessons = nullptr;
    QList<QLabel *> m_labels; // form labels, retranslated
};

} // namespace csirtkit
