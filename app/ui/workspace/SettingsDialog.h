#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace csirtkit {

// Language and appearance. Both apply immediately (no restart) and are remembered.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    static void applyLanguage(const QString &setting); // "system", "en", "ja"
    static void applyTheme(const QString &setting);    // "system", "light", "dark"

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
};

} // namespace csirtkit
