import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/** SearchInput whose placeholder is a translation key (react-admin passes a given one through as is). */
export const SearchFilter = ({ placeholder, ...props }: SearchInputProps & { placeholder: string }) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate(placeholder)} />;
};
