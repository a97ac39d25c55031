#pragma once

// SKELETON — to be written.
namespace csirtkit {
class CsvImporter;
} // namespace csirtkit
