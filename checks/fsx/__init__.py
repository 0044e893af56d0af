"""Amazon FSx rules: FSx for OpenZFS tag copying."""
