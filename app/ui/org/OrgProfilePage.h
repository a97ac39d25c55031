#pragma once

#include "common/Page.h"
#include "org/OrgProfile.h"

#include <QHash>

#include <memory>

namespace Ui {
class OrgProfilePage;
}

namespace csirtkit {

class MarkdownEditor;

// Edits the organisation profile. Each field is validated and saved when editing of it finishes,
// as one undoable step; an invalid value is not saved and the reason is shown above the form.
class OrgProfilePage : public Page
{
    Q_OBJECT

public:
    explicit OrgProfilePage(QWidget *parent = nullptr);
    ~OrgProfilePage() override;

    QString pageId() const override { return QStringLiteral("profile"); }
    QString title() const override { return tr("Organisation profile"); }
    QString iconName() const override { return QStringLiteral(":/icons/profile.svg"); }
    void setSession(WorkspaceSession *session) override;

    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void commit(OrgProfile::Field field, const QString &text);
    QString widgetText(OrgProfile::Field field) const;
    void setWidgetText(OrgProfile::Field field, const QString &text);
    void showError(const QString &message);
    void updateTitleFont();

    std::unique_ptr<::Ui::OrgProfilePage> m_ui;
    MarkdownEditor *m_notes;
    WorkspaceSession *m_session = nullptr;
    OrgProfile m_profile;
    QHash<QObject *, OrgProfile::Field> m_fieldOf;
    QHash<int, QWidget *> m_widgetOf;
};

} // namespace csirtkit
