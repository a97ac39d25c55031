#pragma once

// SKELETON — to be written.
namespace csirtkit {
class CsvExporter;
} // namespace csirtkit
