import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Props of LoadingSkeleton. */
export interface LoadingSkeletonProps {
  label: string;
}

/** Grey placeholders in the shape of the context while it loads. */
export function LoadingSkeleton({ label }: LoadingSkeletonProps) {
  const styles = useStyles();
  return (
    <Skeleton className={styles.root} aria-label={label} aria-busy="true">
      <SkeletonItem size={28} style={{ width: '70%' }} />
      <SkeletonItem size={16} style={{ width: '45%' }} />
      <div className={styles.row}>
        <SkeletonItem size={48} />
        <SkeletonItem size={48} />
      </div>
      <SkeletonItem size={12} />
      <SkeletonItem size={40} />
      <SkeletonItem size={40} />
      <SkeletonItem size={40} />
    </Skeleton>
  );
}
